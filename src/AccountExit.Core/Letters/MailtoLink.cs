namespace AccountExit.Core.Letters;

public static class MailtoLink
{
    /// <summary>Above this many characters some mail programs and webmail handlers cut or refuse a <c>mailto:</c> link.</summary>
    public const int MaxLength = 1800;

    /// <summary>
    /// RFC 6068: every header value percent-encoded as UTF-8, spaces as %20 (never '+'), and line
    /// breaks in the body as CRLF (%0D%0A) so every mail client keeps the paragraphs.
    /// </summary>
    /// <param name="body">Null for a link that carries the recipient and subject only.</param>
    public static string Create(string? to, string subject, string? body)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var link = $"mailto:{(to is null ? string.Empty : Uri.EscapeDataString(to).Replace("%40", "@", StringComparison.Ordinal))}?subject={Uri.EscapeDataString(subject)}";
        return body is null ? link : link + $"&body={Uri.EscapeDataString(body.ReplaceLineEndings("\r\n"))}";
    }
}
