using System.Net.Mail;
using System.Text.RegularExpressions;
using AccountExit.Core.Directory;
using AccountExit.Core.Seeding;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Seeding;

/// <summary>Rules every committed seed entry must follow (docs/data-schema.md), checked over what SeedReader reads.</summary>
public sealed partial class SeedDataRulesTests
{
    private static readonly string[] Languages = ["en", "de", "sv", "id", "ja", "ar", "fr", "it", "es", "nl", "pl"];

    private static readonly string[] MarketCodes = ["us", "ca", "gb", "de", "fr", "it", "es", "nl", "se", "pl", "in", "jp", "sa", "ae", "eg"];

    private static SeedSet Seeds => SeedFolder.Read();

    [Fact]
    public void Seeds_HaveEveryLaunchMarketplace()
    {
        Assert.Equal(
            MarketCodes.Order(StringComparer.Ordinal),
            Seeds.Markets.Select(m => m.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Markets_EachHaveADomainAndADefaultLanguage()
    {
        Assert.All(Seeds.Markets, market =>
        {
            Assert.StartsWith("amazon.", market.Domain, StringComparison.Ordinal);
            Assert.NotEmpty(market.Languages);
        });
    }

    [Fact]
    public void Channels_EachNameASourceAndAKnownQuality()
    {
        Assert.NotEmpty(Seeds.Channels);
        Assert.All(Seeds.Channels, channel =>
        {
            Assert.NotEmpty(channel.Sources);
            Assert.All(channel.Sources, source => Assert.True(
                !string.IsNullOrWhiteSpace(source.Document) || !string.IsNullOrWhiteSpace(source.Url) || !string.IsNullOrWhiteSpace(source.Title),
                $"{channel.Key}: a source names no document, url or title."));
            Assert.Contains(channel.Quality, Qualities.All);
        });
    }

    [Fact]
    public void Channels_HaveUniqueKeys()
    {
        var duplicates = Seeds.Channels.GroupBy(c => c.Key).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Read_FolderWithDuplicateChannelKey_ThrowsSeedException()
    {
        using var folder = new TempFolder();
        var entry = """
            channels:
              - key: same-key
                kind: email
                purposes: [general]
                role: customer-service
                label: { en: "Mail" }
                value: "cis@amazon.com"
                sources:
                  - document: "000_42a56ccf923d2894.txt"
                quality: sourced
                verified_on: 2026-11-21
            """;
        File.WriteAllText(folder.File("global.yaml"), entry);
        File.WriteAllText(folder.File("unplaced.yaml"), entry);

        var exception = Assert.Throws<SeedException>(() => SeedReader.Read(folder.Location));

        Assert.Contains("same-key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Phones_WithE164_AreValidE164NumbersThatMatchTheLocalNumber()
    {
        var withE164 = Seeds.Channels.Where(c => c.E164 is not null).ToList();

        Assert.NotEmpty(withE164);
        Assert.All(withE164, channel =>
        {
            Assert.True(channel.Kind is ChannelKinds.Phone or ChannelKinds.Callback, $"{channel.Key} is a {channel.Kind} with an e164 number.");
            Assert.Matches(E164Pattern(), channel.E164);
            Assert.False(string.IsNullOrWhiteSpace(channel.Value), $"{channel.Key} has an e164 number but no local value.");
            var local = Digits(channel.Value!).TrimStart('0');
            Assert.True(
                Digits(channel.E164!).EndsWith(local, StringComparison.Ordinal),
                $"{channel.Key}: the local number '{channel.Value}' does not match {channel.E164}.");
        });
    }

    [Fact]
    public void Emails_AreBareWellFormedAddresses()
    {
        // An email entry may have no address when the source gives none readable (its note says so).
        var emails = Seeds.Channels.Where(c => c.Kind == ChannelKinds.Email && c.Value is not null).ToList();

        Assert.NotEmpty(emails);
        Assert.All(emails, channel =>
        {
            Assert.True(MailAddress.TryCreate(channel.Value, out var address), $"{channel.Key}: '{channel.Value}' is not an email address.");
            Assert.Equal(channel.Value, address.Address);
            Assert.Equal(string.Empty, address.DisplayName);
        });
    }

    [Fact]
    public void SourcePages_AreAbsoluteWebAddressesWithATitleAndAQuote()
    {
        var pages = Seeds.Channels.SelectMany(c => c.Sources.Concat(c.Conflicts.Select(x => x.Source)).Where(s => s.Document is null).Select(s => (c.Key, Source: s))).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            Assert.True(Uri.TryCreate(page.Source.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", $"{page.Key}: '{page.Source.Url}' is not a web address.");
            Assert.False(string.IsNullOrWhiteSpace(page.Source.Title), $"{page.Key}: a page source has no title.");
            Assert.False(string.IsNullOrWhiteSpace(page.Source.Quote), $"{page.Key}: a page source quotes no sentence.");
        });
    }

    [Fact]
    public void Urls_AreAbsoluteHttpsLinks()
    {
        var links = Seeds.Channels
            .SelectMany(c => new[] { (c.Key, Link: c.Url) }
                .Concat(LooksLikeUrl(c.Value) ? [(c.Key, c.Value)] : []))
            .Where(l => l.Link is not null)
            .ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(
            Uri.TryCreate(link.Link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host),
            $"{link.Key}: '{link.Link}' is not an absolute https URL."));
    }

    [Fact]
    public void TextMaps_CarryAllElevenLanguages()
    {
        var maps = Seeds.Channels.SelectMany(c => TextMapsOf(c).Select(m => (Where: $"{c.Key}.{m.Field}", m.Text)))
            .Concat(Seeds.Markets.Where(m => m.Missing is not null).Select(m => (Where: $"{m.Code}.missing", Text: m.Missing!)))
            .ToList();

        Assert.NotEmpty(maps);
        Assert.All(maps, map => Assert.All(Languages, language => Assert.False(
            !map.Text.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text),
            $"{map.Where} has no '{language}' text.")));
    }

    /// <summary>Texts a language writes as English does (a name, a code, "24x7"); anything else identical to English is untranslated.</summary>
    private static readonly HashSet<string> SameAsEnglish = new(StringComparer.Ordinal)
    {
        "in-contact-page.hours.id",
        "in-contact-callback.hours.id",
    };

    [Fact]
    public void TextMaps_LeaveNothingAsInEnglish_ExceptTheAllowedNames()
    {
        var maps = Seeds.Channels.SelectMany(c => TextMapsOf(c).Select(m => (Where: $"{c.Key}.{m.Field}", m.Text)))
            .Concat(Seeds.Markets.Where(m => m.Missing is not null).Select(m => (Where: $"{m.Code}.missing", Text: m.Missing!)))
            .ToList();

        var same = (from map in maps
                    from language in Languages.Skip(1)
                    where map.Text.TryGetValue(language, out var text) && text == map.Text[LocalizedText.Fallback]
                    let place = $"{map.Where}.{language}"
                    where !SameAsEnglish.Contains(place)
                    select place).ToList();

        Assert.True(same is [], "Left as in English: " + string.Join(", ", same));
    }

    [Fact]
    public void JapanPrimePhones_HaveTheSourcedNumbersKeysAndOperatorShortcut()
    {
        var free = Seeds.Channels.Single(c => c.Key == "jp-prime-phone-free");
        var paid = Seeds.Channels.Single(c => c.Key == "jp-prime-phone-paid");

        Assert.Equal("+81120999373", free.E164);
        Assert.True(free.TollFree);
        Assert.Equal("+81113303000", paid.E164);
        Assert.All(new[] { free, paid }, phone =>
        {
            Assert.Equal(ChannelKinds.Phone, phone.Kind);
            Assert.Equal("jp", phone.MarketCode);
            Assert.Contains(Purposes.CancelPrime, phone.Purposes);
            Assert.Equal(["1", "3", "1"], phone.Ivr.Select(step => step.Keys));
            Assert.Equal("7", phone.OperatorShortcut);
        });
    }

    [Fact]
    public void UnplacedNumber800810251_HasNoE164AndNoMarket()
    {
        var matches = Seeds.Channels.Where(c => Digits(c.Value ?? string.Empty) == "800810251").ToList();

        var channel = Assert.Single(matches);
        Assert.Null(channel.E164);
        Assert.Equal(ChannelScope.Unplaced, channel.Scope);
        Assert.Null(channel.MarketCode);
        Assert.Null(channel.Href);
    }

    [Fact]
    public void DerivedEntries_EachExplainThemselvesInANote()
    {
        var derived = Seeds.Channels.Where(c => c.Quality == Qualities.Derived).ToList();

        Assert.All(derived, channel => Assert.False(
            channel.Note is null || string.IsNullOrWhiteSpace(channel.Note.In(LocalizedText.Fallback)),
            $"{channel.Key} is derived but has no note."));
    }

    private static IEnumerable<(string Field, LocalizedText Text)> TextMapsOf(Channel channel)
    {
        yield return ("label", channel.Label);
        if (channel.Caveat is not null)
        {
            yield return ("caveat", channel.Caveat);
        }

        foreach (var (conflict, index) in channel.Conflicts.Select((c, i) => (c, i)))
        {
            yield return ($"conflicts[{index}].says", conflict.Says);
        }

        if (channel.Hours is not null)
        {
            yield return ("hours", channel.Hours);
        }

        if (channel.Wait is not null)
        {
            yield return ("wait", channel.Wait);
        }

        if (channel.Note is not null)
        {
            yield return ("note", channel.Note);
        }

        foreach (var (step, index) in channel.Steps.Select((s, i) => (s, i)))
        {
            yield return ($"steps[{index}]", step);
        }

        foreach (var (step, index) in channel.Ivr.Select((s, i) => (s, i)))
        {
            yield return ($"ivr[{index}].label", step.Label);
        }
    }

    private static bool LooksLikeUrl(string? value) =>
        value is not null && (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$")]
    private static partial Regex E164Pattern();
}
