using System.Text;
using System.Text.RegularExpressions;

namespace AccountExit.Browser.Tests.Support;

/// <summary>Just enough of RFC 5322 / 2045 / 2047 to read the .eml the app writes: unfolded headers, encoded words, base64 body.</summary>
public sealed partial class MailFile
{
    private MailFile(IReadOnlyDictionary<string, string> headers, string body)
    {
        Headers = headers;
        Body = body;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The decoded body with line breaks as "\n".</summary>
    public string Body { get; }

    public string Subject => DecodeWords(Headers["Subject"]);

    public static MailFile Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Assert.True(content.All(b => b < 128), "An RFC 5322 message must be 7-bit ASCII.");
        var text = Encoding.ASCII.GetString(content);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, "The message has no blank line between headers and body.");

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unfolded = FoldPattern().Replace(text[..split], " ");
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"Not a header line: {line}");
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        Assert.Equal("base64", headers["Content-Transfer-Encoding"]);
        var base64 = text[(split + 4)..].Replace("\r\n", string.Empty, StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).ReplaceLineEndings("\n");
        return new MailFile(headers, body);
    }

    /// <summary>RFC 2047: B-encoded UTF-8 words; white space between two encoded words is not part of the text.</summary>
    public static string DecodeWords(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var joined = BetweenWordsPattern().Replace(value, "?==?");
        return EncodedWordPattern().Replace(joined, m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));
    }

    [GeneratedRegex(@"\r\n(?=[ \t])")]
    private static partial Regex FoldPattern();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWordsPattern();

    [GeneratedRegex(@"=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWordPattern();
}
