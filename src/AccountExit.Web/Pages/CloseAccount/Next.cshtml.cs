using AccountExit.Core;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class NextModel(AccountExitDbContext db, LetterComposer composer, IStringLocalizer<LetterResource> text, Hosting.PublicOrigin origin) : MarketPageModel(db)
{
    /// <summary>When the answer to this marketplace's closure letter is due.</summary>
    public DateOnly Deadline => (Market.GdprApplies ? LetterKind.ErasureGdpr : LetterKind.Closure).DeadlineFrom(composer.Today);

    public async Task<IActionResult> OnGetIcsAsync(CancellationToken cancellationToken)
    {
        // Each reminder gets its own UID and today's deadline, so this download is never output-cached.
        var cacheFeature = HttpContext.Features.Get<IOutputCacheFeature>();
        if (cacheFeature is not null)
        {
            cacheFeature.Context.AllowCacheStorage = false;
        }

        var page = await OnGetAsync(cancellationToken);
        return page is PageResult
            ? File(DeadlineCalendar.Create(Market, "close", composer.Now, Deadline, origin.For(Request), text), "text/calendar; charset=utf-8", DeadlineCalendar.FileName(Market))
            : page;
    }
}
