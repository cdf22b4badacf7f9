using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class HowModel(DirectoryStore directory) : MarketPageModel(directory)
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public IReadOnlyList<string> Done { get; set; } = [];

    public DirectoryListing Channels { get; private set; } = new([], [], []);

    public IReadOnlyList<string> StillToDo => IndexModel.Checklist.Select(c => c.Key).Except(Done).ToList();

    public Channel? Fastest => FastestRoute.In(Channels, Purposes.CloseAccount);

    public IEnumerable<Channel> WithRole(string role) => Channels.MarketChannels.Where(c => c.Role == role);

    /// <summary>The routes through Amazon's own pages and customer service, the fastest first.</summary>
    public IReadOnlyList<Channel> Routes =>
        WithRole("self-service").Concat(WithRole("customer-service")).Concat(Channels.AllMarketChannels)
            .OrderByDescending(c => c.IsFastestFor(Purposes.CloseAccount))
            .ToList();

    /// <summary>What the letter in the next step does under the marketplace's law, or why it cites none (seeds/laws).</summary>
    public string? LawStatus { get; private set; }

    protected override void Load()
    {
        Channels = ListChannels();
        LawStatus = MainLaw()?.Status.In(LanguageLinks.Current);
    }
}
