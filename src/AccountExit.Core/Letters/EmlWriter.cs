using System.Text;
using MimeKit;
using MimeKit.Text;

namespace AccountExit.Core.Letters;

/// <summary>
/// A draft email as an RFC 5322 message (MimeKit): 7-bit ASCII on the wire, encoded headers
/// folded within 78 characters, internationalized domains in their ASCII form, a base64 UTF-8 body.
/// </summary>
public static class EmlWriter
{
    private static readonly FormatOptions Format = CreateFormat();

    public static byte[] Write(string? to, string fromName, string fromAddress, string subject, string body, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(body);
        var message = new MimeMessage { Subject = subject, Date = date };
        if (to is not null)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.From.Add(new MailboxAddress(fromName, fromAddress));
        // Lets desktop clients (Outlook, Thunderbird) open the file as a draft ready to send.
        message.Headers.Add("X-Unsent", "1");
        var text = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        text.SetText(Encoding.UTF8, body.ReplaceLineEndings("\r\n"));
        message.Body = text;

        using var output = new MemoryStream();
        message.WriteTo(Format, output);
        return output.ToArray();
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        format.International = false;
        return format;
    }
}
