using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>
/// The letter as the page shows it: recipient (null when the page shows no address, with
/// <see cref="NoRecipient"/> saying why), subject and body as a person reads them.
/// </summary>
public sealed record ShownLetter(string? To, string Subject, string Body, string? Language, string? NoRecipient = null)
{
    public static ShownLetter Read(string html)
    {
        var subject = Html.ByTestId(html, "letter-subject");
        var body = Html.ByTestId(html, "letter-body");
        Assert.True(subject is not null && body is not null, $"The page shows no letter:\n{html}");
        var to = Html.ByTestId(html, "letter-to");
        var none = Html.ByTestId(html, "letter-to-none");
        return new ShownLetter(
            to is null ? null : Html.Text(to),
            WebUtility.HtmlDecode(subject),
            WebUtility.HtmlDecode(body),
            LetterFormats.AttributeOfTestId(html, "letter-body", "lang"),
            none is null ? null : Html.Text(none));
    }
}

/// <summary>A mailto: link taken apart (RFC 6068).</summary>
public sealed record MailtoParts(string To, string EncodedSubject, string EncodedBody, string Subject, string Body)
{
    public static MailtoParts Parse(string href)
    {
        ArgumentNullException.ThrowIfNull(href);
        Assert.StartsWith("mailto:", href, StringComparison.Ordinal);
        var rest = href["mailto:".Length..];
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        Assert.True(question >= 0, $"The mailto link has no subject or body: {href}");
        var fields = rest[(question + 1)..].Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty, StringComparer.OrdinalIgnoreCase);
        Assert.True(fields.ContainsKey("subject") && fields.ContainsKey("body"), $"The mailto link lacks subject or body: {href}");
        return new MailtoParts(
            Uri.UnescapeDataString(rest[..question]),
            fields["subject"],
            fields["body"],
            Uri.UnescapeDataString(fields["subject"]),
            Uri.UnescapeDataString(fields["body"]));
    }
}

/// <summary>An .eml file taken apart: raw lines, unfolded headers (RFC 5322), the base64 body decoded.</summary>
public sealed record EmlMessage(IReadOnlyList<string> Lines, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static EmlMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"The message has no blank line (CRLF CRLF) between headers and body:\n{text}");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in text[..end].Split("\r\n"))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += line;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"Not a header line: '{line}'");
            last = line[..colon];
            headers[last] = line[(colon + 1)..].TrimStart();
        }

        var base64 = string.Concat(text[(end + 4)..].Split("\r\n"));
        var body = LetterFormats.StrictUtf8.GetString(Convert.FromBase64String(base64));
        return new EmlMessage(text.Split("\r\n"), headers, body);
    }

    public string Header(string name)
    {
        Assert.True(Headers.TryGetValue(name, out var value), $"The message has no {name} header.");
        return value!;
    }
}

public static partial class LetterFormats
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The attribute of the opening tag that carries this data-testid, or null.</summary>
    public static string? AttributeOfTestId(string html, string testId, string attribute)
    {
        var tag = Regex.Match(html, $"""<[a-zA-Z][a-zA-Z0-9]*\b[^>]*\sdata-testid="{Regex.Escape(testId)}"[^>]*>""");
        return tag.Success ? Html.Attribute(tag.Value, attribute) : null;
    }

    /// <summary>Every URL-valued attribute (href, action, formaction, src) in a page, decoded.</summary>
    public static IReadOnlyList<string> UrlAttributes(string html) =>
        UrlAttribute().Matches(html)
            .Select(m => WebUtility.HtmlDecode(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value))
            .ToList();

    /// <summary>
    /// A header phrase as a mail client shows it: RFC 2047 encoded words decoded (each must hold whole
    /// UTF-8 characters), a quoted string unquoted; an unquoted phrase must not contain RFC 5322 specials.
    /// </summary>
    public static string DecodePhrase(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = EncodedWord().Matches(phrase);
        if (words.Count > 0)
        {
            Assert.True(
                EncodedWord().Replace(phrase, string.Empty).Trim().Length == 0,
                $"Encoded words mixed with other text: '{phrase}'");
            return string.Concat(words.Select(w => StrictUtf8.GetString(Convert.FromBase64String(w.Groups[1].Value))));
        }

        if (phrase.Length >= 2 && phrase[0] == '"' && phrase[^1] == '"')
        {
            return QuotedPair().Replace(phrase[1..^1], "$1");
        }

        Assert.True(
            phrase.IndexOfAny(['(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '"']) < 0,
            $"The phrase '{phrase}' contains RFC 5322 specials but is neither quoted nor encoded, so a mail client misreads it.");
        return phrase;
    }

    /// <summary>A From or To header value split into the display name (decoded) and the address.</summary>
    public static (string Name, string Address) Mailbox(string value)
    {
        var match = MailboxPattern().Match(value ?? string.Empty);
        Assert.True(match.Success, $"'{value}' is not a single 'name <address>' mailbox.");
        return (DecodePhrase(match.Groups["name"].Value), match.Groups["address"].Value);
    }

    /// <summary>Every '\n' is preceded by '\r' and every '\r' followed by '\n'.</summary>
    public static bool HasOnlyCrlf(string text) =>
        !BareLineBreak().IsMatch(text ?? string.Empty);

    /// <summary>iCalendar content lines after unfolding (RFC 5545 3.1).</summary>
    public static IReadOnlyList<string> UnfoldIcs(string text) =>
        (text ?? string.Empty).Replace("\r\n ", string.Empty, StringComparison.Ordinal)
            .Replace("\r\n\t", string.Empty, StringComparison.Ordinal)
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The value of the first content line with this name (name and parameters, e.g. "DTSTART;VALUE=DATE").</summary>
    public static string IcsValue(IReadOnlyList<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var line = lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal));
        Assert.True(line is not null, $"The calendar has no {name} line:\n{string.Join("\n", lines)}");
        return line![(name.Length + 1)..];
    }

    /// <summary>An iCalendar TEXT value unescaped (RFC 5545 3.3.11).</summary>
    public static string UnescapeIcsText(string value) => IcsEscape().Replace(value ?? string.Empty, m => m.Groups[1].Value is "n" or "N" ? "\n" : m.Groups[1].Value);

    public static string IcsDate(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    [GeneratedRegex("""\s(href|action|formaction|src)=(?:"([^"]*)"|'([^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex(@"=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex QuotedPair();

    [GeneratedRegex(@"^(?<name>.*?)\s*<(?<address>[^<>]+)>$", RegexOptions.Singleline)]
    private static partial Regex MailboxPattern();

    [GeneratedRegex(@"(?<!\r)\n|\r(?!\n)")]
    private static partial Regex BareLineBreak();

    [GeneratedRegex(@"\\([\\;,nN])")]
    private static partial Regex IcsEscape();
}

/// <summary>
/// Today (UTC) when the test started and when it checks: the letter's deadline is one of these plus one
/// calendar month, so a test that runs across midnight does not fail.
/// </summary>
public sealed class DeadlineWindow
{
    private readonly DateOnly start = Today;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>GDPR Art. 12(3): one calendar month (31 January gives the last day of February).</summary>
    public IReadOnlyList<DateOnly> Deadlines => new[] { start, Today }.Distinct().Select(day => day.AddMonths(1)).ToList();

    public IReadOnlyList<string> Formatted(string culture) =>
        Deadlines.Select(d => d.ToString("D", CultureInfo.GetCultureInfo(culture))).ToList();

    public void AssertShownIn(string text, string culture)
    {
        var expected = Formatted(culture);
        Assert.True(
            expected.Any(date => text.Contains(date, StringComparison.Ordinal)),
            $"Expected the deadline {string.Join(" or ", expected)} ({culture}) in:\n{text}");
    }
}
