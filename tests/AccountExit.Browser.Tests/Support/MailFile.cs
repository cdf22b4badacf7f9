using System.Text;
using MimeKit;

namespace AccountExit.Browser.Tests.Support;

/// <summary>The .eml the app writes, read by MimeKit as a mail client would.</summary>
public sealed class MailFile
{
    private MailFile(MimeMessage message) => Message = message;

    public MimeMessage Message { get; }

    /// <summary>The one recipient's address.</summary>
    public string To => Assert.Single(Message.To.Mailboxes).Address;

    public string Subject => Message.Subject ?? string.Empty;

    /// <summary>The decoded body with line breaks as "\n".</summary>
    public string Body => (Message.TextBody ?? string.Empty).ReplaceLineEndings("\n");

    public static MailFile Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Assert.True(content.All(b => b < 128), "An RFC 5322 message must be 7-bit ASCII: " + Encoding.UTF8.GetString(content));
        using var stream = new MemoryStream(content);
        return new MailFile(MimeMessage.Load(stream));
    }
}
