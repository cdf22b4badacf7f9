using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Shared;

/// <summary>
/// A wizard step for one marketplace: the marketplace comes from the route, an unknown one is a 404.
/// These steps hold no personal data and no form tokens, so they are output-cached like the
/// directory (the attribute is inherited by every step's page model).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Hosting.WebSetup.PublicCachePolicy)]
public abstract class MarketPageModel(AccountExitDbContext db) : PageModel
{
    [FromRoute(Name = "market")]
    public string MarketCode { get; set; } = "";

    public Market Market { get; private set; } = null!;

    protected AccountExitDbContext Db => db;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var market = await db.Markets.FindAsync([MarketCode], cancellationToken);
        if (market is null)
        {
            return NotFound();
        }

        Market = market;
        await LoadAsync(cancellationToken);
        return Page();
    }

    protected virtual Task LoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task<Channel?> FastestRouteAsync(string purpose, CancellationToken cancellationToken) =>
        FastestRoute.In(await ChannelsAsync(purpose, cancellationToken), purpose);

    protected Task<DirectoryListing> ChannelsAsync(string purpose, CancellationToken cancellationToken) =>
        db.ListAsync(new ChannelFilter(Market.Code, Purpose: purpose), cancellationToken);
}
