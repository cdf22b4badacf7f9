using AccountExit.Core;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Web.Pages.Admin;

/// <summary>
/// Every moderation page: never cached or indexed, and absent (404) while no administrator is
/// configured, so an instance without <c>AccountExit:Admin</c> has no sign-in form to attack.
/// </summary>
public abstract class AdminPageModel(AccountExitDbContext db) : PageModel
{
    protected AccountExitDbContext Db => db;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // The same value antiforgery sets, so it has nothing to override (and no warning to log).
        Response.Headers.CacheControl = "no-cache, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (!await db.Administrators.AnyAsync(HttpContext.RequestAborted))
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }
}
