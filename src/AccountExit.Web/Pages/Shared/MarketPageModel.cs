using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace AccountExit.Web.Pages.Shared;

/// <summary>
/// A wizard step for one marketplace: the marketplace comes from the route, an unknown one is a 404.
/// These steps hold no personal data and no form tokens, so they are output-cached like the
/// directory (the attribute is inherited by every step's page model).
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Hosting.WebSetup.PublicCachePolicy)]
public abstract class MarketPageModel(DirectoryStore directory) : FlowPageModel
{
    public IActionResult OnGet()
    {
        var market = directory.Current.Market(MarketCode);
        if (market is null)
        {
            return NotFound();
        }

        Market = market;
        Load();
        return Page();
    }

    protected virtual void Load()
    {
    }

    /// <summary>
    /// The .ics reminder for this page's marketplace. Each one gets its own UID and today's deadline,
    /// so this download is never output-cached.
    /// </summary>
    protected IActionResult ReminderFile(Func<byte[]> calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (HttpContext.Features.Get<IOutputCacheFeature>() is { } cacheFeature)
        {
            cacheFeature.Context.AllowCacheStorage = false;
        }

        var page = OnGet();
        return page is PageResult ? File(calendar(), "text/calendar; charset=utf-8", Letters.DeadlineCalendar.FileName(Market)) : page;
    }

    /// <summary>The fastest route to what this flow does, or null when no source names one for the marketplace.</summary>
    protected Channel? FindFastestRoute() => FastestRoute.In(ListChannels(), Position.Flow.Purpose);

    /// <summary>The marketplace's channels for what this flow does.</summary>
    /// <summary>The marketplace's main data-protection law, or null where none is on file.</summary>
    protected Core.Laws.Law? MainLaw() => directory.Current.MainLaw(Market);

    protected DirectoryListing ListChannels() => directory.Current.List(new ChannelFilter(Market.Code, Purpose: Position.Flow.Purpose));
}
