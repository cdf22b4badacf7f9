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

/// <summary>A mailto: link taken apart (RFC 6068); a link for a long letter has no body.</summary>
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
        Assert.True(fields.ContainsKey("subject"), $"The mailto link lacks a subject: {href}");
        var body = fields.GetValueOrDefault("body") ?? string.Empty;
        return new MailtoParts(
            Uri.UnescapeDataString(rest[..question]),
            fields["subject"],
            body,
            Uri.UnescapeDataString(fields["subject"]),
            Uri.UnescapeDataString(body));
    }
}

/// <summary>An .eml file read by MimeKit, with its raw lines for checks on the wire format.</summary>
public sealed record EmlMessage(IReadOnlyList<string> Lines, MimeKit.MimeMessage Mime)
{
    private static (string Name, string Address) Single(MimeKit.InternetAddressList list)
    {
        Assert.Single(list);
        var mailbox = Assert.Single(list.Mailboxes);
        return (mailbox.Name ?? string.Empty, mailbox.Address);
    }

    public static EmlMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(text));
        return new EmlMessage(text.Split("\r\n"), MimeKit.MimeMessage.Load(stream));
    }

    /// <summary>The body's content decoded from its transfer encoding, line breaks as sent (RFC 2046: CRLF).</summary>
    public string Body
    {
        get
        {
            using var content = new MemoryStream();
            Assert.IsType<MimeKit.TextPart>(Mime.Body).Content!.DecodeTo(content);
            return LetterFormats.StrictUtf8.GetString(content.ToArray());
        }
    }

    /// <summary>The one mailbox the From header names, as a mail client reads it.</summary>
    public (string Name, string Address) From => Single(Mime.From);

    /// <summary>The one mailbox the To header names.</summary>
    public (string Name, string Address) To => Single(Mime.To);

    /// <summary>A header's value (of the message or its body part) as written on the wire, unfolded, not decoded.</summary>
    public string Header(string name)
    {
        var header = Mime.Headers.Concat(Mime.Body?.Headers ?? []).FirstOrDefault(h => string.Equals(h.Field, name, StringComparison.OrdinalIgnoreCase));
        Assert.True(header is not null, $"The message has no {name} header.");
        return Encoding.ASCII.GetString(header!.RawValue).Replace("\r\n", string.Empty, StringComparison.Ordinal).Trim();
    }
}

public static partial class LetterFormats
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The attribute of the element that carries this data-testid, or null.</summary>
    public static string? AttributeOfTestId(string html, string testId, string attribute) =>
        Html.ElementByTestId(html, testId)?.GetAttribute(attribute);

    /// <summary>Every URL-valued attribute (href, action, formaction, src) in a page, decoded.</summary>
    public static IReadOnlyList<string> UrlAttributes(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        string[] names = ["href", "action", "formaction", "src"];
        return document.All.SelectMany(e => names.Select(e.GetAttribute)).OfType<string>().ToList();
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

    [GeneratedRegex(@"(?<!\r)\n|\r(?!\n)")]
    private static partial Regex BareLineBreak();

    [GeneratedRegex(@"\\([\\;,nN])")]
    private static partial Regex IcsEscape();
}

/// <summary>
/// Today (UTC) when the test started and when it checks: the letter's deadline is one of these plus one
/// calendar month, so a test that runs across midnight does not fail.
/// </summary>
/// <summary>
/// The deadlines a letter written during the test may carry (the day may change while it runs), for a
/// marketplace's request to close the account, as its law in seeds/laws counts them. The dates
/// themselves are checked against the calendar in the Core tests (DeadlineTests).
/// </summary>
public sealed class DeadlineWindow(string market = "de")
{
    private static readonly Lazy<AccountExit.Core.Seeding.SeedSet> Seeds = new(() => AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds));

    private readonly DateOnly start = Today;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public IReadOnlyList<DateOnly> Deadlines => new[] { start, Today }.Distinct().Select(DeadlineFor).ToList();

    public IReadOnlyList<string> Formatted(string culture) =>
        Deadlines.Select(d => AccountExit.Core.Letters.LetterDates.Format(d, culture)).ToList();

    public DateOnly DeadlineFor(DateOnly sent)
    {
        var code = Seeds.Value.Markets.Single(m => m.Code == market).Laws.FirstOrDefault();
        var law = Seeds.Value.Laws.SingleOrDefault(l => l.Code == code);
        return AccountExit.Core.Letters.LetterKind.CloseRequestFor(law).DeadlineFor(law, market, sent).Date;
    }

    public void AssertShownIn(string text, string culture)
    {
        var expected = Formatted(culture);
        Assert.True(
            expected.Any(date => text.Contains(date, StringComparison.Ordinal)),
            $"Expected the deadline {string.Join(" or ", expected)} ({culture}) in:\n{text}");
    }
}
