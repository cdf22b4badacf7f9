using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CancelPrime;

/// <summary>A Prime step that shows the marketplace's cancel-Prime channels of some kinds.</summary>
public abstract class PrimeChannelsModel(AccountExitDbContext db, params string[] kinds) : MarketPageModel(db)
{
    public IReadOnlyList<Channel> Channels { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var listing = await ChannelsAsync(Purposes.CancelPrime, cancellationToken);
        Channels = listing.MarketChannels.Concat(listing.AllMarketChannels).Where(c => kinds.Contains(c.Kind)).ToList();
    }
}

public sealed class IndexModel(AccountExitDbContext db) : PrimeChannelsModel(db, ChannelKinds.Phone, ChannelKinds.Callback);

public sealed class CallModel(AccountExitDbContext db) : PrimeChannelsModel(db, ChannelKinds.Phone);

public sealed class CallbackModel(AccountExitDbContext db) : PrimeChannelsModel(db, ChannelKinds.Callback);
