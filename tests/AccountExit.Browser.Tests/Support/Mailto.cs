namespace AccountExit.Browser.Tests.Support;

/// <summary>A mailto: link taken apart (RFC 6068), with the body's CRLF line breaks read as "\n"; a long letter's link has no body (null).</summary>
public sealed record Mailto(string To, string Subject, string? Body)
{
    public static Mailto Parse(string? href)
    {
        Assert.NotNull(href);
        Assert.StartsWith("mailto:", href, StringComparison.Ordinal);
        var question = href.IndexOf('?', StringComparison.Ordinal);
        Assert.True(question > 0, $"The mailto link has no query: {href}");
        var parameters = href[(question + 1)..].Split('&')
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("+", href[(question + 1)..], StringComparison.Ordinal);
        return new Mailto(
            Uri.UnescapeDataString(href["mailto:".Length..question]),
            parameters["subject"],
            parameters.GetValueOrDefault("body")?.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
