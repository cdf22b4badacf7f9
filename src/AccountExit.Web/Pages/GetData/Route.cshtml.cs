using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.GetData;

public sealed class RouteModel(DirectoryStore directory) : MarketPageModel(directory)
{
    public DirectoryListing Channels { get; private set; } = new([], [], []);

    public Channel? Fastest => FastestRoute.In(Channels, Purposes.GetData);

    /// <summary>Amazon's own pages for data requests, then the privacy team's mailboxes and addresses.</summary>
    public IReadOnlyList<Channel> SelfService => Channels.MarketChannels.Where(c => c.Role == "self-service").ToList();

    public IReadOnlyList<Channel> Privacy => Channels.MarketChannels.Where(c => c.Role == "privacy").ToList();

    protected override void Load()
    {
        Channels = ListChannels();
    }
}
