namespace AccountExit.Core.Letters;

public static class MailtoLink
{
    /// <summary>
    /// RFC 6068: every header value percent-encoded as UTF-8, spaces as %20 (never '+'), and line
    /// breaks in the body as CRLF (%0D%0A) so every mail client keeps the paragraphs.
    /// </summary>
    public static string Create(string? to, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        var crlfBody = body.ReplaceLineEndings("\r\n");
        return $"mailto:{(to is null ? string.Empty : Uri.EscapeDataString(to).Replace("%40", "@", StringComparison.Ordinal))}" +
               $"?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(crlfBody)}";
    }
}
