using System.Globalization;
using System.Text;

namespace AccountExit.Core.Letters;

/// <summary>
/// Writes a draft email as an RFC 5322 message: UTF-8 text, RFC 2047 encoded headers folded to
/// at most 78 characters a line, internationalized domains in their ASCII form, base64 body.
/// </summary>
public static class EmlWriter
{
    private const int MaxLine = 78;

    // 42 bytes give 56 base64 characters: with "=?UTF-8?B?" and "?=" and the longest header
    // name used here ("Subject: "), every encoded line stays within 78 characters.
    private const int EncodedChunkBytes = 42;

    public static byte[] Write(string? to, string fromName, string fromAddress, string subject, string body, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        ArgumentNullException.ThrowIfNull(body);
        var message = new StringBuilder();
        if (to is not null)
        {
            message.Append(Header("To", AsciiAddress(to)));
        }

        message.Append(Header("From", $"{DisplayName(fromName)} <{AsciiAddress(fromAddress)}>"));
        message.Append(Header("Subject", EncodeWords(subject)));
        message.Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture))
            .Append(date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal)).Append("\r\n");
        message.Append("MIME-Version: 1.0\r\n");
        message.Append("Content-Type: text/plain; charset=UTF-8\r\n");
        message.Append("Content-Transfer-Encoding: base64\r\n");
        // Lets desktop clients (Outlook, Thunderbird) open the file as a draft ready to send.
        message.Append("X-Unsent: 1\r\n");
        message.Append("\r\n");
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(body.ReplaceLineEndings("\r\n")));
        for (var i = 0; i < encoded.Length; i += 76)
        {
            message.Append(encoded.AsSpan(i, Math.Min(76, encoded.Length - i))).Append("\r\n");
        }

        return Encoding.ASCII.GetBytes(message.ToString());
    }

    /// <summary>RFC 2047 B-encoding in words short enough to fold within 78 characters; plain ASCII stays as it is.</summary>
    public static string EncodeWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPrintableAscii(text))
        {
            return text;
        }

        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString() + rune) > EncodedChunkBytes)
            {
                words.Add(chunk.ToString());
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        words.Add(chunk.ToString());
        return string.Join(" ", words.Select(w => $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(w))}?="));
    }

    /// <summary>A display name that stays one mailbox: encoded when not ASCII, quoted when it holds RFC 5322 specials.</summary>
    public static string DisplayName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsPrintableAscii(name))
        {
            return EncodeWords(name);
        }

        return name.IndexOfAny(['(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '.', '"']) < 0
            ? name
            : "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>An address with its domain in ASCII (IDNA), as RFC 5322 headers require.</summary>
    public static string AsciiAddress(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        return at < 0 ? address : address[..(at + 1)] + new IdnMapping().GetAscii(address[(at + 1)..]);
    }

    /// <summary>"Name: value", folded at spaces so no line exceeds 78 characters (RFC 5322 §2.1.1).</summary>
    private static string Header(string name, string value)
    {
        var lines = new StringBuilder();
        var line = new StringBuilder(name).Append(':');
        foreach (var word in value.Split(' '))
        {
            if (line.Length + 1 + word.Length > MaxLine && line.Length > name.Length + 1)
            {
                lines.Append(line).Append("\r\n");
                line.Clear();
            }

            line.Append(' ').Append(word);
        }

        return lines.Append(line).Append("\r\n").ToString();
    }

    private static bool IsPrintableAscii(string text) => text.All(c => c is >= ' ' and <= '~');
}
