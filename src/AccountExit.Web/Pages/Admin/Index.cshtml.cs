using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Web.Pages.Admin;

public sealed class IndexModel(AccountExitDbContext db) : AdminPageModel(db)
{
    /// <summary>Open reports grouped by entry, the entry with the newest report first; the entry is null when seeds/ no longer has it.</summary>
    public IReadOnlyList<(string Key, Channel? Channel, IReadOnlyList<EntryReport> Reports)> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var open = await Db.EntryReports.AsNoTracking().Where(r => r.Status == ReportStatus.Open).ToListAsync(cancellationToken);
        var keys = open.Select(r => r.ChannelKey).Distinct().ToList();
        var channels = await Db.Channels.AsNoTracking().Where(c => keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, cancellationToken);
        Entries = open.GroupBy(r => r.ChannelKey)
            .Select(g => (g.Key, channels.GetValueOrDefault(g.Key), (IReadOnlyList<EntryReport>)g.OrderByDescending(r => r.ReportedAt).ToList()))
            .OrderByDescending(e => e.Item3[0].ReportedAt)
            .ToList();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(Hosting.AdminSetup.Scheme);
        return RedirectToPage("/Admin/SignIn");
    }
}
