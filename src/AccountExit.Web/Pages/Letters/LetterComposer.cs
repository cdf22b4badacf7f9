using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Laws;
using AccountExit.Core.Letters;

namespace AccountExit.Web.Pages.Letters;

/// <param name="Deadline">For a request, when its answer is due; for a follow-up or complaint, when the answer to the request it refers to was due.</param>
public sealed record ComposedLetter(string Kind, string Language, string? To, string Subject, string Body, AnswerDeadline Deadline)
{
    /// <summary>The recipient's postal address where a source names one (the print view's address block).</summary>
    public string? PostalTo { get; init; }

    /// <summary>Today, in the letter's language, as the print view dates the letter.</summary>
    public string Date { get; init; } = "";

    /// <summary>The authority a complaint goes to.</summary>
    public Authority? Authority { get; init; }

    /// <summary>Whether the letter cites a law (false, e.g., for a person outside California under the CCPA).</summary>
    public bool CitesLaw { get; init; }

    /// <summary>For a follow-up or complaint: whether the answer to the request is late today.</summary>
    public bool DeadlinePassed { get; init; }

    /// <summary>The day a reminder is for, or null when the letter offers none.</summary>
    public DateOnly? ReminderDate { get; init; }

    /// <summary>Whether the <c>mailto:</c> link carries the text; above <see cref="MailtoLink.MaxLength"/> it carries the recipient and subject only.</summary>
    public bool MailtoCarriesBody => MailtoLink.Create(To, Subject, Body).Length <= MailtoLink.MaxLength;

    public string Mailto => MailtoCarriesBody ? MailtoLink.Create(To, Subject, Body) : MailtoLink.Create(To, Subject, body: null);

    public string PlainText => Subject + "\n\n" + Body;
}

/// <summary>Picks the template, the law, the deadline and the addressee for a marketplace and renders the letter with the person's details.</summary>
public sealed class LetterComposer(DirectoryStore directory, LetterRenderer renderer, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public IReadOnlyList<string> Languages(string kind) => directory.Current.Languages(kind);

    /// <summary>The marketplace's main law, or null where none is on file.</summary>
    public Law? LawOf(Market market) => directory.Current.MainLaw(market);

    /// <summary>When the answer to the marketplace's request to close the account, sent on <paramref name="sent"/>, is due.</summary>
    public AnswerDeadline CloseRequestDeadline(Market market, DateOnly sent)
    {
        ArgumentNullException.ThrowIfNull(market);
        var law = LawOf(market);
        return LetterKind.CloseRequestFor(law).DeadlineFor(law, market.Code, sent);
    }

    /// <summary>The marketplace's language when a template exists in it, else English.</summary>
    public static string DefaultLanguage(Market market, IReadOnlyList<string> available)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.Languages.FirstOrDefault(available.Contains) ?? LocalizedText.Fallback;
    }

    public ComposedLetter? Compose(Market market, string kind, string language, LetterInput input)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(input);
        var snapshot = directory.Current;
        var letterKind = LetterKind.Find(kind) ?? throw new ArgumentException($"Unknown letter kind '{kind}'.", nameof(kind));
        var law = LawOf(market);

        // A law that protects only some people is cited only for them; the others get the letter that cites none.
        var citesLaw = letterKind.Cites(law) && (!letterKind.Shows(LetterFields.Resident) || input.Resident == true);
        var written = citesLaw || letterKind.Laws.Count == 0 ? letterKind : LetterKind.Closure;
        var template = snapshot.Template(written.Code, language);
        if (template is null)
        {
            return null;
        }

        var refersToRequest = letterKind.Fields.Contains(LetterFields.OriginalDate);
        var deadline = refersToRequest
            ? CloseRequestDeadline(market, input.OriginalDate ?? Today)
            : written.DeadlineFor(law, market.Code, Today);
        var passed = refersToRequest && Today > deadline.Date;
        var authority = letterKind.Shows(LetterFields.Authority) ? law?.Authority(input.Authority) : null;
        var channels = snapshot.List(new ChannelFilter(market.Code)).MarketChannels;
        var controller = channels.FirstOrDefault(c => c is { Kind: ChannelKinds.Postal, Role: "privacy" } && c.Quality != Qualities.Derived && c.Serves(market.Code))?.Value?.Trim();
        string Format(DateOnly day) => LetterDates.Format(day, language);
        var values = new Dictionary<string, object?>
        {
            ["full_name"] = input.FullName?.Trim(),
            ["account_email"] = input.Email?.Trim(),
            ["postal_address"] = string.IsNullOrWhiteSpace(input.PostalAddress) ? null : input.PostalAddress.Trim().ReplaceLineEndings("\n"),
            ["marketplace"] = market.Domain,
            ["today"] = Format(Today),
            ["deadline"] = Format(deadline.Date),
            ["deadline_passed"] = passed,
            ["gdpr"] = market.GdprApplies,
            ["uk_gdpr"] = market.DataProtectionLaw == Law.UkGdpr,
            ["original_date"] = input.OriginalDate is { } original ? Format(original) : null,
            ["controller"] = controller,
            ["authority"] = authority?.Name,
            ["last_order_number"] = string.IsNullOrWhiteSpace(input.LastOrderNumber) ? null : input.LastOrderNumber.Trim().ToUpperInvariant(),
            ["what_happened"] = input.WhatHappened?.Trim().ReplaceLineEndings("\n"),
        };
        var rendered = renderer.Render(template, values);
        var to = letterKind.HasRecipient ? LetterRecipient.For(kind, market, channels)?.Value : authority?.Email;
        return new ComposedLetter(written.Code, language, to, rendered.Subject, rendered.Body, deadline)
        {
            PostalTo = letterKind.HasRecipient ? controller : authority is null ? null : string.Join('\n', new[] { authority.Name, authority.Postal }.OfType<string>()),
            Date = Format(Today),
            Authority = authority,
            CitesLaw = citesLaw,
            DeadlinePassed = passed,
            ReminderDate = ReminderFor(letterKind, law, deadline, passed),
        };
    }

    private DateOnly? ReminderFor(LetterKind kind, Law? law, AnswerDeadline deadline, bool passed) => kind.Code switch
    {
        // The reminder's text speaks of three months (GDPR Art. 78(2)); another period gets no reminder rather than a wrong one.
        LetterKinds.Complaint => law?.Complaint?.AuthorityDeadline is { Unit: Core.Laws.PeriodUnits.Months, Length: 3 } period ? period.After(Today) : null,
        LetterKinds.FollowUp => passed ? null : deadline.Date,
        _ => kind.OffersReminder ? deadline.Date : null,
    };

    /// <summary>A text with no personal data (the Prime call script) in the given language, or null when none exists.</summary>
    public RenderedLetter? RenderScript(Market market, string kind, string language)
    {
        ArgumentNullException.ThrowIfNull(market);
        var template = directory.Current.Template(kind, language);
        return template is null ? null : renderer.Render(template, new Dictionary<string, object?> { ["marketplace"] = market.Domain });
    }
}
