using System.Globalization;
using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Seeding;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Admin;

/// <summary>One report beside its entry: accepted with the corrected value and the source that states it (which yields the seed patch), or rejected with a note.</summary>
public sealed class ReportModel(AccountExitDbContext db, IConfiguration configuration, TimeProvider clock, IValidator<ModerationInput> validator,
    IStringLocalizer<SharedResource> text) : AdminPageModel(db)
{
    [FromRoute]
    public int Id { get; set; }

    [BindProperty]
    public ModerationInput Input { get; set; } = new();

    public EntryReport Report { get; private set; } = null!;

    public Channel? Channel { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new ModerationInput { Value = Channel?.Value, Url = Channel?.Url, E164 = Channel?.E164, Remove = Channel is null };
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Report.Status != ReportStatus.Open)
        {
            return RedirectToPage(new { id = Id });
        }

        Input.Decision = ModerationInput.Accept;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (Channel is null && !Input.Remove)
        {
            ModelState.AddModelError("Input.Value", text["Admin_Error_EntryGone"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var source = new SourceRef { Url = Input.SourceUrl!.Trim(), Title = Input.SourceTitle!.Trim(), Language = Input.SourceLanguage?.Trim(), Quote = Input.SourceQuote!.Trim(), Date = Input.SourceDate?.Trim() };
        SeedFileChange change;
        try
        {
            change = SeedPatch.For(Hosting.DataSetup.SeedsFolder(configuration),
                new EntryCorrection(Report.ChannelKey, Blank(Input.Value), Blank(Input.Url), Blank(Input.E164), source, today, Input.Remove));
        }
        catch (SeedException e)
        {
            ModelState.AddModelError("Input.Value", text["Admin_Error_SeedCheck", e.Message]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Close(ReportStatus.Accepted, change.Diff);
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Report.Status != ReportStatus.Open)
        {
            return RedirectToPage(new { id = Id });
        }

        Input.Decision = ModerationInput.Reject;
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        Close(ReportStatus.Rejected, null);
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id = Id });
    }

    private void Close(ReportStatus status, string? patch)
    {
        Report.Status = status;
        Report.ClosedAt = clock.GetUtcNow();
        Report.ModeratorNote = Input.Note!.Trim();
        Report.Patch = patch;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var report = await Db.EntryReports.FindAsync([Id], cancellationToken);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Channel = await Db.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Key == report.ChannelKey, cancellationToken);
        return true;
    }
}

/// <summary>The moderator's decision. Accepting needs the source that states the change; both need a note.</summary>
public sealed class ModerationInput
{
    public const string Accept = "accept";
    public const string Reject = "reject";

    public string Decision { get; set; } = Accept;

    public bool Remove { get; set; }

    public string? Value { get; set; }

    public string? Url { get; set; }

    public string? E164 { get; set; }

    public string? SourceUrl { get; set; }

    public string? SourceTitle { get; set; }

    public string? SourceLanguage { get; set; }

    public string? SourceQuote { get; set; }

    public string? SourceDate { get; set; }

    public string? Note { get; set; }
}

public sealed class ModerationInputValidator : AbstractValidator<ModerationInput>
{
    public ModerationInputValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(i => i.Note).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Admin_Error_NoteRequired"])
            .MaximumLength(EntryReport.MaxNoteLength).WithMessage(_ => text["Admin_Error_TooLong", EntryReport.MaxNoteLength]);
        When(i => i.Decision == ModerationInput.Accept, () =>
        {
            RuleFor(i => i.Value).Cascade(CascadeMode.Stop)
                .NotEmpty().When(i => !i.Remove).WithMessage(_ => text["Admin_Error_ValueRequired"])
                .Must(OneLine).WithMessage(_ => text["Admin_Error_OneLine"])
                .MaximumLength(500).WithMessage(_ => text["Admin_Error_TooLong", 500]);
            RuleFor(i => i.Url).Must(v => string.IsNullOrWhiteSpace(v) || IsWebAddress(v)).WithMessage(_ => text["Admin_Error_Url"]);
            RuleFor(i => i.E164).Matches(@"^\+[1-9][0-9]{6,14}$").When(i => !string.IsNullOrWhiteSpace(i.E164)).WithMessage(_ => text["Admin_Error_E164"]);
            RuleFor(i => i.SourceUrl).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => text["Admin_Error_SourceRequired"])
                .Must(v => IsWebAddress(v!)).WithMessage(_ => text["Admin_Error_Url"]);
            RuleFor(i => i.SourceTitle).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => text["Admin_Error_SourceRequired"])
                .Must(OneLine).WithMessage(_ => text["Admin_Error_OneLine"])
                .MaximumLength(300).WithMessage(_ => text["Admin_Error_TooLong", 300]);
            RuleFor(i => i.SourceQuote).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => text["Admin_Error_QuoteRequired"])
                .Must(OneLine).WithMessage(_ => text["Admin_Error_OneLine"])
                .MaximumLength(2000).WithMessage(_ => text["Admin_Error_TooLong", 2000]);
            RuleFor(i => i.SourceLanguage).Matches("^[a-z]{2,3}$").When(i => !string.IsNullOrWhiteSpace(i.SourceLanguage)).WithMessage(_ => text["Admin_Error_Language"]);
            RuleFor(i => i.SourceDate)
                .Must(d => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
                .When(i => !string.IsNullOrWhiteSpace(i.SourceDate)).WithMessage(_ => text["Admin_Error_Date"]);
        });
    }

    private static bool OneLine(string? value) => value is null || !value.Any(char.IsControl);

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
