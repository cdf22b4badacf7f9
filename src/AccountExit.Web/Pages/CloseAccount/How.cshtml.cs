using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class HowModel(AccountExitDbContext db) : MarketPageModel(db)
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public IReadOnlyList<string> Done { get; set; } = [];

    public DirectoryListing Channels { get; private set; } = new([], [], []);

    public IReadOnlyList<string> StillToDo => IndexModel.Checklist.Select(c => c.Key).Except(Done).ToList();

    public IEnumerable<Channel> WithRole(string role) => Channels.MarketChannels.Where(c => c.Role == role);

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Channels = await ChannelsAsync(Purposes.CloseAccount, cancellationToken);
}
