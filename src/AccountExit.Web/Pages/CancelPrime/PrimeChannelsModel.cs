using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CancelPrime;

/// <summary>
/// A Prime step: the marketplace's cancel-Prime routes by kind. A step with nothing to show for a
/// marketplace is left out of its step bar and links, and its URL answers 404 with where to go instead.
/// </summary>
public abstract class PrimeChannelsModel(DirectoryStore directory) : MarketPageModel(directory)
{
    public IReadOnlyList<Channel> Phones { get; private set; } = [];

    public IReadOnlyList<Channel> Callbacks { get; private set; } = [];

    public IReadOnlyList<Channel> Online { get; private set; } = [];

    public Channel? Fastest { get; private set; }

    public PrimeRoutes Routes => PrimeRoutes.In(Phones.Concat(Callbacks));

    public override bool Offers(FlowStep step) => Routes.Has(step.Segment);

    protected override void Load()
    {
        var listing = ListChannels();
        var all = listing.MarketChannels.Concat(listing.AllMarketChannels).ToList();
        Phones = all.Where(c => c.Kind == ChannelKinds.Phone).ToList();
        Callbacks = all.Where(c => c.Kind == ChannelKinds.Callback).ToList();
        Online = all.Where(c => c.Kind is ChannelKinds.WebForm or ChannelKinds.Chat).ToList();
        Fastest = FastestRoute.In(listing, Purposes.CancelPrime);
        if (!Offers(Position.Step))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}

public sealed record PrimeRoutes(bool Call, bool Callback)
{
    public static PrimeRoutes In(IEnumerable<Channel> channels)
    {
        var kinds = channels.Select(c => c.Kind).ToHashSet();
        return new(kinds.Contains(ChannelKinds.Phone), kinds.Contains(ChannelKinds.Callback));
    }

    public static PrimeRoutes In(DirectoryListing listing) =>
        In(listing.MarketChannels.Concat(listing.AllMarketChannels));

    public bool Has(string step) => step switch
    {
        "call" => Call,
        "callback" => Callback,
        _ => true,
    };
}

public sealed class IndexModel(DirectoryStore directory) : PrimeChannelsModel(directory);

public sealed class CallModel(DirectoryStore directory) : PrimeChannelsModel(directory);

public sealed class CallbackModel(DirectoryStore directory) : PrimeChannelsModel(directory);
