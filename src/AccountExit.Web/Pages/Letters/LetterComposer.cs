using System.Globalization;
using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Web.Pages.Letters;

public sealed record ComposedLetter(string Kind, string Language, string? To, string Subject, string Body, DateOnly Deadline)
{
    /// <summary>The recipient's postal address where a source names one for the marketplace (the print view's address block).</summary>
    public string? PostalTo { get; init; }

    /// <summary>Today, in the letter's language, as the print view dates the letter.</summary>
    public string Date { get; init; } = "";

    public string Mailto => MailtoLink.Create(To, Subject, Body);

    public string PlainText => Subject + "\n\n" + Body;
}

/// <summary>Picks the template and the addressee for a marketplace and renders the letter with the person's details.</summary>
public sealed class LetterComposer(DirectoryStore directory, LetterRenderer renderer, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public IReadOnlyList<string> Languages(string kind) => directory.Current.Languages(kind);

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
        var template = snapshot.Template(kind, language);
        if (template is null)
        {
            return null;
        }

        var deadline = (LetterKind.Find(kind) ?? throw new ArgumentException($"Unknown letter kind '{kind}'.", nameof(kind))).DeadlineFrom(Today);
        var channels = snapshot.List(new ChannelFilter(market.Code)).MarketChannels;
        var culture = LocalizationSetup.CultureFor(language);
        var controller = channels.FirstOrDefault(c => c is { Kind: ChannelKinds.Postal, Role: "privacy" } && c.Quality != Qualities.Derived && c.Serves(market.Code))?.Value?.Trim();
        var values = new Dictionary<string, object?>
        {
            ["full_name"] = input.FullName?.Trim(),
            ["account_email"] = input.Email?.Trim(),
            ["postal_address"] = string.IsNullOrWhiteSpace(input.PostalAddress) ? null : input.PostalAddress.Trim().ReplaceLineEndings("\n"),
            ["marketplace"] = market.Domain,
            ["today"] = Today.ToString("D", culture),
            ["deadline"] = deadline.ToString("D", culture),
            ["gdpr"] = market.GdprApplies,
            ["uk_gdpr"] = market.DataProtectionLaw == "uk-gdpr",
            ["original_date"] = input.OriginalDate?.ToString("D", culture),
            ["controller"] = controller,
            ["last_order_number"] = string.IsNullOrWhiteSpace(input.LastOrderNumber) ? null : input.LastOrderNumber.Trim().ToUpperInvariant(),
            ["what_happened"] = input.WhatHappened?.Trim().ReplaceLineEndings("\n"),
        };
        var rendered = renderer.Render(template, values);
        return new ComposedLetter(kind, language, LetterRecipient.For(kind, market, channels)?.Value, rendered.Subject, rendered.Body, deadline)
        {
            // A letter to an authority has no address here: the person fills in their authority's.
            PostalTo = LetterKind.Find(kind)!.HasRecipient ? controller : null,
            Date = Today.ToString("D", culture),
        };
    }

    /// <summary>A text with no personal data (the Prime call script) in the given language, or null when none exists.</summary>
    public RenderedLetter? RenderScript(Market market, string kind, string language)
    {
        ArgumentNullException.ThrowIfNull(market);
        var template = directory.Current.Template(kind, language);
        return template is null ? null : renderer.Render(template, new Dictionary<string, object?> { ["marketplace"] = market.Domain });
    }
}
