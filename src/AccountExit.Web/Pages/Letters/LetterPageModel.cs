using System.Text;
using FluentValidation.AspNetCore;
using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Letters;

/// <summary>
/// The letter step every flow shares: a form that posts to itself and answers with the letter, or
/// with the letter as .eml, .txt, .ics or a print view. All of it is POST and no-store, so the
/// person's details never reach a URL, a log or a cache.
/// </summary>
// The token is checked in the handlers, so a stale token shows the form again with what was typed
// instead of a bare 400; the attribute is inherited by every flow's letter page.
[IgnoreAntiforgeryToken]
public abstract class LetterPageModel(LetterStepServices services) : FlowPageModel
{
    private readonly DirectoryStore directory = services.Directory;
    private readonly LetterComposer composer = services.Composer;
    private readonly IStringLocalizer<LetterResource> text = services.Text;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public LetterInput Input { get; set; } = new();

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public ComposedLetter? Letter { get; private set; }

    public ComposedLetter? Translation { get; private set; }

    public bool MarketLanguageMissing { get; private set; }

    /// <summary>The mailbox the letter goes to, or null when no source names one for this marketplace.</summary>
    public Channel? Recipient { get; private set; }

    /// <summary>Where to send the letter when it has no mailbox: the marketplace's forms, chat and data-request pages, the fastest first.</summary>
    public IReadOnlyList<Channel> SendInstead { get; private set; } = [];

    /// <summary>The marketplace's channels for the purpose this letter serves.</summary>
    public DirectoryListing FlowChannels { get; private set; } = new([], [], []);

    public bool PrintView { get; private set; }

    /// <summary>The antiforgery check failed (another tab renewed the token): the form is shown again with what was typed.</summary>
    public bool FormExpired { get; private set; }

    /// <summary>This client sent too many letters in a short time: the form is shown again with what was typed.</summary>
    public bool TooManyRequests { get; private set; }

    public IStringLocalizer<LetterResource> Text => text;

    /// <summary>The letter kinds this flow offers for a marketplace; the first is the default.</summary>
    public abstract IReadOnlyList<string> KindsFor(Market market, Core.Laws.Law? law);

    public IReadOnlyList<string> Kinds => KindsFor(Market, Law);

    /// <summary>
    /// The events of the letter's .ics: for a request, the deadline and the day to complain; for a
    /// follow-up sent early, the deadline it waits for; for a complaint, the authority's own deadline.
    /// </summary>
    protected virtual IEnumerable<CalendarEvent> Reminders(ComposedLetter letter, string origin)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (Kind == LetterKinds.Complaint)
        {
            var complaint = Law?.Complaint;
            return letter.ReminderDate is { } day && complaint is not null && letter.Authority is { } authority
                ? [new CalendarEvent(day, text["Ics_Authority_Summary", authority.Name], text["Ics_Authority_Description", Citation(complaint.AuthorityDeadline?.Article ?? complaint.Article), DeadlineCalendar.Date(day)])]
                : [];
        }

        var sent = Kind == LetterKinds.FollowUp ? Input.OriginalDate ?? composer.Today : composer.Today;
        return DeadlineCalendar.Escalation(text, Market, letter.Deadline.Date, sent, Position, origin, offersComplaint: Kind != LetterKinds.FollowUp && Kinds.Contains(LetterKinds.Complaint));
    }

    /// <summary>What the request to close the account does under the marketplace's law, or why it cites none (seeds/laws).</summary>
    public string? LawNote => Law is not null && LetterKind.Purpose == Purposes.CloseAccount && LetterKind.HasRecipient && Kind != LetterKinds.FollowUp
        ? Law.Status.In(LanguageLinks.Current)
        : null;

    /// <summary>The marketplace's main data-protection law, or null where none is on file.</summary>
    public Core.Laws.Law? Law { get; private set; }

    /// <summary>An article of the law itself with the law's name ("Art. 78(2) GDPR"); one of another act as the law file writes it ("DPA 2018 s. 166(1)(b)").</summary>
    private string Citation(string article) => article.StartsWith("Art.", StringComparison.Ordinal) ? $"{article} {Law!.Abbreviation}" : article;

    /// <summary>Whether this kind's form shows a field: the kind's own fields, the residence question only where the law asks it.</summary>

    /// <summary>The kind's rules: which fields it shows, whom it goes to, whether it offers a reminder.</summary>
    public LetterKind LetterKind => LetterKind.Find(Kind) ?? throw new InvalidOperationException($"Unknown letter kind '{Kind}'.");

    public bool Shows(string field) => LetterKind.Shows(field) && (field != LetterFields.Resident || Law?.Who is not null);

    private static readonly string[] FieldOrder =
    [
        nameof(LetterInput.FullName), nameof(LetterInput.Email), nameof(LetterInput.PostalAddress), nameof(LetterInput.LastOrderNumber),
        nameof(LetterInput.WhatHappened), nameof(LetterInput.Resident), nameof(LetterInput.OriginalDate), nameof(LetterInput.Authority), nameof(LetterInput.Language),
    ];

    /// <summary>The first error of each field, in the order the fields appear on the page.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors =>
        FieldOrder.Select(name => (Field: name, Message: ErrorFor(name))).Where(e => e.Message is not null).Select(e => (e.Field, e.Message!)).ToList();

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue($"{nameof(Input)}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>This page's address for a handler, keeping the kind and the checklist's ticks (neither is personal).</summary>
    public string HandlerUrl(string? handler) =>
        $"{Request.Path}?kind={Uri.EscapeDataString(Kind ?? string.Empty)}"
        + string.Concat(Request.Query["done"].Select(done => "&done=" + Uri.EscapeDataString(done ?? string.Empty)))
        + (handler is null ? string.Empty : $"&handler={handler}");

    public IActionResult OnGet([FromQuery] DateOnly? sent)
    {
        if (!Load())
        {
            return NotFound();
        }

        Input.OriginalDate = sent;
        Input.Language = LetterComposer.DefaultLanguage(Market, Languages);
        Input.Authority = DefaultAuthority;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RespondAsync(Show, cancellationToken);

    /// <summary>
    /// The language switch on this page posts the form here with the new <c>?culture=</c>: the page comes
    /// back in that language with everything typed, and with the letter again when the form was complete.
    /// An incomplete form is not an error here.
    /// </summary>
    public Task<IActionResult> OnPostLanguageAsync(CancellationToken cancellationToken) =>
        RespondAsync(Show, cancellationToken, incompleteIsAnError: false);

    private PageResult Show(ComposedLetter letter)
    {
        // Only the page shows the translation; the downloads carry the letter alone.
        var interfaceLanguage = LanguageLinks.Current;
        if (interfaceLanguage != letter.Language && Languages.Contains(interfaceLanguage))
        {
            Translation = composer.Compose(Market, Kind!, interfaceLanguage, Input);
        }

        return Page();
    }

    public Task<IActionResult> OnPostPrintAsync(CancellationToken cancellationToken) => RespondAsync(
        letter =>
        {
            PrintView = true;
            return Page();
        },
        cancellationToken);

    public Task<IActionResult> OnPostTxtAsync(CancellationToken cancellationToken) => RespondAsync(
        letter => File(
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PlainTextFile(letter))).ToArray(), "text/plain; charset=utf-8", FileName(letter, "txt")),
        cancellationToken);

    public Task<IActionResult> OnPostEmlAsync(CancellationToken cancellationToken) => RespondAsync(
        letter => File(
            EmlWriter.Write(letter.To, Input.FullName!.Trim(), Input.Email!.Trim(), letter.Subject, letter.Body, composer.Now), "message/rfc822", FileName(letter, "eml")),
        cancellationToken);

    public Task<IActionResult> OnPostIcsAsync(CancellationToken cancellationToken) => RespondAsync(
        letter => File(
            DeadlineCalendar.Create(composer.Now, Reminders(letter, services.Origin.For(Request))), "text/calendar; charset=utf-8", DeadlineCalendar.FileName(Market)),
        cancellationToken);

    private async Task<IActionResult> RespondAsync(Func<ComposedLetter, IActionResult> respond, CancellationToken cancellationToken, bool incompleteIsAnError = true)
    {
        // no-cache as well as no-store: antiforgery insists on both and warns on every POST otherwise.
        Response.Headers.CacheControl = "no-cache, no-store";
        if (!Load())
        {
            return NotFound();
        }

        Input.Language ??= LetterComposer.DefaultLanguage(Market, Languages);
        if (!services.Limits.TryLetter(HttpContext))
        {
            TooManyRequests = true;
            return Page();
        }

        if (!await services.Antiforgery.IsRequestValidAsync(HttpContext))
        {
            FormExpired = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A crafted POST may carry fields this kind does not show; they are ignored, not reported.
        foreach (var hidden in FieldOrder.Where(field => !Shows(field)))
        {
            ModelState.Remove($"{nameof(Input)}.{hidden}");
        }

        var submission = new LetterSubmission(Input, LetterKind, Languages)
        {
            Today = composer.Today,
            RequestDeadline = sent => composer.CloseRequestDeadline(Market, sent),
            Authorities = [.. Authorities.Select(a => a.Key)],
        };
        var result = await services.Validator.ValidateAsync(submission, cancellationToken);
        result.AddToModelState(ModelState);

        if (!ModelState.IsValid)
        {
            if (incompleteIsAnError)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
            else
            {
                // The values stay in Input; only the messages go.
                ModelState.Clear();
            }

            return Page();
        }

        Letter = composer.Compose(Market, Kind!, Input.Language, Input);
        return Letter is null ? NotFound() : respond(Letter);
    }

    private bool Load()
    {
        var snapshot = directory.Current;
        var market = snapshot.Market(MarketCode);
        if (market is null)
        {
            return false;
        }

        Market = market;
        Law = composer.LawOf(market);
        Kind ??= Kinds[0];
        if (!Kinds.Contains(Kind))
        {
            return false;
        }

        // The layout's language switch then posts this form (a partial's ViewData would not reach the layout).
        ViewData[LanguageForm.Key] = new LanguageForm("letter-form", HandlerUrl("language"));
        Languages = composer.Languages(Kind);
        MarketLanguageMissing = !market.Languages.Any(Languages.Contains);
        var purpose = LetterRecipient.PurposeOf(Kind);
        var all = snapshot.List(new ChannelFilter(market.Code));
        FlowChannels = all.WithPurpose(purpose);
        if (LetterKind.HasRecipient)
        {
            Recipient = LetterRecipient.For(Kind, market, FlowChannels.MarketChannels);
            // The marketplace's own contact pages take a pasted letter whatever the purpose.
            var contactPages = all.MarketChannels.Where(c => c.Kind == ChannelKinds.Chat && c.Purposes.Contains(Purposes.General));
            SendInstead = Recipient is not null ? [] : FlowChannels.MarketChannels.Concat(contactPages).Concat(FlowChannels.AllMarketChannels)
                .Where(c => c.Kind is ChannelKinds.WebForm or ChannelKinds.Chat or ChannelKinds.Callback || c is { Kind: ChannelKinds.Postal, Role: "privacy" })
                .DistinctBy(c => c.Key)
                .OrderByDescending(c => c.IsFastestFor(purpose))
                .ToList();
        }
        return Languages.Count > 0;
    }

    /// <summary>The authorities a complaint may go to: the law's list, those of the marketplace's country first.</summary>
    public IReadOnlyList<Core.Laws.Authority> Authorities =>
        Shows(LetterFields.Authority) && Law is not null ? [.. Law.Authorities.Where(CloseAccount.LetterModel.IsReachable).OrderBy(a => a.Country != Market.Code).ThenBy(a => a.Country, StringComparer.Ordinal)] : [];

    /// <summary>Preselected where the marketplace's country has exactly one authority; in Germany the person picks their Land's.</summary>
    private string? DefaultAuthority => Authorities.Where(a => a.Country == Market.Code).ToList() is [var only] ? only.Key : null;

    private string PlainTextFile(ComposedLetter letter) =>
        (letter.To is null ? string.Empty : $"{text["Letter_To"]} {letter.To}\n") + $"{text["Letter_Subject"]} {letter.PlainText}";

    private string FileName(ComposedLetter letter, string extension) => $"accountexit-{letter.Kind}-{Market.Code}-{letter.Language}.{extension}";
}

/// <summary>What every letter step needs, so a flow's letter page names only its letter kinds.</summary>
public sealed record LetterStepServices(
    DirectoryStore Directory,
    LetterComposer Composer,
    IStringLocalizer<LetterResource> Text,
    Microsoft.AspNetCore.Antiforgery.IAntiforgery Antiforgery,
    FluentValidation.IValidator<LetterSubmission> Validator,
    Hosting.FormRateLimits Limits,
    Hosting.PublicOrigin Origin);
