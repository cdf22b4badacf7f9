using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Directory;

// The token is checked in OnPostAsync, so a token renewed by another tab shows the form again with the text kept.
[IgnoreAntiforgeryToken]
public sealed class ReportModel(AccountExitDbContext db, TimeProvider clock, IAntiforgery antiforgery, IStringLocalizer<SharedResource> text, Hosting.FormRateLimits limits) : PageModel
{
    [FromRoute]
    public string Key { get; set; } = "";

    [BindProperty]
    public string? Problem { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public Channel Channel { get; private set; } = null!;

    public bool FormExpired { get; private set; }

    /// <summary>This client sent too many reports in a short time: the form is shown again with the text kept.</summary>
    public bool TooManyRequests { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!limits.TryReport(HttpContext))
        {
            TooManyRequests = true;
            return Page();
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            FormExpired = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var problem = Problem?.Trim();
        if (string.IsNullOrEmpty(problem))
        {
            ModelState.AddModelError(nameof(Problem), text["Report_Error_Required"]);
        }
        else if (problem.Length > EntryReport.MaxProblemLength)
        {
            ModelState.AddModelError(nameof(Problem), text["Report_Error_TooLong", EntryReport.MaxProblemLength]);
        }
        else if (problem.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t'))
        {
            ModelState.AddModelError(nameof(Problem), text["Report_Error_Control"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        db.EntryReports.Add(new EntryReport { ChannelKey = Channel.Key, Problem = problem!, ReportedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/directory/report/{Channel.Key}?sent=true");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var channel = await db.Channels.FindAsync([Key], cancellationToken);
        if (channel is null)
        {
            return false;
        }

        Channel = channel;
        return true;
    }
}
