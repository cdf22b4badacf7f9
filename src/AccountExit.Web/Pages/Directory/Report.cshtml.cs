using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Directory;

// The token is checked in OnPostAsync, so a token renewed by another tab shows the form again with the text kept.
[IgnoreAntiforgeryToken]
public sealed class ReportModel(AccountExitDbContext db, TimeProvider clock, IAntiforgery antiforgery, Hosting.FormRateLimits limits,
    Hosting.DataAvailability data, Microsoft.Extensions.Options.IOptions<ReportLimits> queue, IValidator<ReportInput> validator) : PageModel
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

    /// <summary>Why the report cannot be taken now (the queue is full, or the database cannot be written): the form is shown again with the text kept.</summary>
    public string? NotTaken { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-cache, no-store";
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
        (await validator.ValidateAsync(new ReportInput(problem), cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        NotTaken = await WhyNotTakenAsync(cancellationToken);
        if (NotTaken is not null)
        {
            return Page();
        }

        db.EntryReports.Add(new EntryReport { ChannelKey = Channel.Key, Problem = problem!, ReportedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            return NotTakenNow();
        }

        // Written to a database file deleted meanwhile, the report is gone with it: only a report
        // still in the file is thanked for.
        if (data.Problem is not null)
        {
            return NotTakenNow();
        }

        return RedirectToPage(new { key = Channel.Key, sent = "true" });
    }

    private async Task<string?> WhyNotTakenAsync(CancellationToken cancellationToken)
    {
        if (data.Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return "Report_NotTaken_Unavailable";
        }

        var limits = queue.Value;
        if (await db.EntryReports.CountAsync(r => r.ChannelKey == Channel.Key && r.Status == ReportStatus.Open, cancellationToken) >= limits.MaxPerEntry)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return "Report_NotTaken_EntryFull";
        }

        if (await db.EntryReports.CountAsync(r => r.Status == ReportStatus.Open, cancellationToken) >= limits.MaxQueued)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "3600";
            return "Report_NotTaken_QueueFull";
        }

        return null;
    }

    private PageResult NotTakenNow()
    {
        NotTaken = "Report_NotTaken_Unavailable";
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return Page();
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

/// <summary>
/// Bounds on the reports waiting for moderation (<c>AccountExit:Reports</c>): reports on one
/// entry, and reports in all, waiting for review.
/// </summary>
public sealed class ReportLimits
{
    public int MaxPerEntry { get; set; } = 50;

    public int MaxQueued { get; set; } = 5000;
}

/// <summary>The one field of the report form, trimmed.</summary>
public sealed record ReportInput(string? Problem);

public sealed class ReportInputValidator : AbstractValidator<ReportInput>
{
    public ReportInputValidator(Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(r => r.Problem).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Report_Error_Required"])
            .Must(p => !TypedText.IsInvisibleOnly(p)).WithMessage(_ => text["Report_Error_Required"])
            .MaximumLength(EntryReport.MaxProblemLength).WithMessage(_ => text["Report_Error_TooLong", EntryReport.MaxProblemLength])
            .Must(p => !p!.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t')).WithMessage(_ => text["Report_Error_Control"])
            .Must(p => !TypedText.HasDirectionOverrides(p)).WithMessage(_ => text["Report_Error_DirectionOverride"]);
    }
}
