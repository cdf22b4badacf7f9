using AccountExit.Core.Letters;
using HandlebarsDotNet.Compiler;

namespace AccountExit.Core.Tests.Letters;

public sealed class LetterRendererTests
{
    private readonly LetterRenderer renderer = new();

    [Fact]
    public void Render_TemplateWithUnknownVariable_Throws()
    {
        var template = new LetterTemplate { Kind = LetterKinds.Closure, Language = "en", Subject = "Hello", Body = "Dear {{full_nmae}},\n" };
        var values = new Dictionary<string, object?> { ["full_name"] = "Erika" };

        var exception = Assert.Throws<HandlebarsUndefinedBindingException>(() => renderer.Render(template, values));

        Assert.Contains("full_nmae", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ValueWithHtmlCharacters_IsNotEscaped()
    {
        var template = new LetterTemplate { Kind = LetterKinds.Closure, Language = "en", Subject = "{{full_name}}", Body = "From {{full_name}} <{{account_email}}>\n" };
        var values = new Dictionary<string, object?> { ["full_name"] = "O'Brien & Sons", ["account_email"] = "ob@example.org" };

        var letter = renderer.Render(template, values);

        Assert.Equal("O'Brien & Sons", letter.Subject);
        Assert.Equal("From O'Brien & Sons <ob@example.org>\n", letter.Body);
    }
}
