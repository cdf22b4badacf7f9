using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace AccountExit.Core.Letters;

public sealed record RenderedLetter(string Subject, string Body);

/// <summary>
/// Renders letter templates as plain text. A placeholder without a value is an error, not an empty
/// string, so a template and its variables can never silently drift apart.
/// </summary>
public sealed class LetterRenderer
{
    private readonly IHandlebars handlebars = Handlebars.Create(new HandlebarsConfiguration
    {
        NoEscape = true,
        ThrowOnUnresolvedBindingExpression = true,
    });

    private readonly ConcurrentDictionary<string, HandlebarsTemplate<object, object>> compiled = new(StringComparer.Ordinal);

    public RenderedLetter Render(LetterTemplate template, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new RenderedLetter(Compile(template.Subject)(values).Trim(), Compile(template.Body)(values).Trim() + "\n");
    }

    private HandlebarsTemplate<object, object> Compile(string text) => compiled.GetOrAdd(text, handlebars.Compile);
}
