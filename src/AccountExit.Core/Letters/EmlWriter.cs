using System.Globalization;
using System.Text;

namespace AccountExit.Core.Letters;

/// <summary>Writes a draft email as an RFC 5322 message: UTF-8 text, RFC 2047 encoded headers, base64 body.</summary>
public static class EmlWriter
{
    public static byte[] Write(string? to, string fromName, string fromAddress, string subject, string body, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(body);
        var message = new StringBuilder();
        if (to is not null)
        {
            message.Append("To: ").Append(to).Append("\r\n");
        }

        message.Append("From: ").Append(EncodeWord(fromName)).Append(" <").Append(fromAddress).Append(">\r\n");
        message.Append("Subject: ").Append(EncodeWord(subject)).Append("\r\n");
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

    /// <summary>RFC 2047 B-encoding, split so no encoded word exceeds 75 characters.</summary>
    public static string EncodeWord(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return text;
        }

        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString() + rune) > 45)
            {
                words.Add(chunk.ToString());
                chunk.Clear();
            }

            chunk.Append(rune.ToString());
        }

        words.Add(chunk.ToString());
        return string.Join("\r\n ", words.Select(w => $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(w))}?="));
    }
}
