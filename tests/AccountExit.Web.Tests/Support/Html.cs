using System.Net;
using System.Text.RegularExpressions;

namespace AccountExit.Web.Tests.Support;

/// <summary>
/// Just enough HTML reading for the pages' own markup: find an element by id or data-testid, read
/// attributes and text as a browser would show them (entities decoded).
/// </summary>
public static partial class Html
{
    /// <summary>The opening &lt;html&gt; tag.</summary>
    public static string RootTag(string html) => HtmlTag().Match(html) is { Success: true } match
        ? match.Value
        : throw new InvalidOperationException("The response has no <html> tag.");

    /// <summary>The decoded value of an attribute in an opening tag, or null.</summary>
    public static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"""\s{Regex.Escape(name)}="([^"]*)"|\s{Regex.Escape(name)}='([^']*)'""");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value) : null;
    }

    /// <summary>Every opening tag of the given element name.</summary>
    public static IReadOnlyList<string> Tags(string html, string element) =>
        Regex.Matches(html, $@"<{Regex.Escape(element)}\b[^>]*>", RegexOptions.IgnoreCase).Select(m => m.Value).ToList();

    /// <summary>Every link target (href), decoded.</summary>
    public static IReadOnlyList<string> Hrefs(string html) =>
        HrefAttribute().Matches(html)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToList();

    /// <summary>The inner HTML of the first element with this data-testid, or null.</summary>
    public static string? ByTestId(string html, string testId) => Inner(html, "data-testid", testId);

    /// <summary>The inner HTML of every element with this data-testid.</summary>
    public static IReadOnlyList<string> AllByTestId(string html, string testId)
    {
        var results = new List<string>();
        var start = 0;
        while (InnerFrom(html, "data-testid", testId, start) is { } found)
        {
            results.Add(found.Inner);
            start = found.End;
        }

        return results;
    }

    /// <summary>The inner HTML of the element with this id, or null.</summary>
    public static string? ById(string html, string id) => Inner(html, "id", id);

    /// <summary>The text a browser shows for a fragment: tags removed, entities decoded, spaces collapsed.</summary>
    public static string Text(string fragment) =>
        Whitespace().Replace(WebUtility.HtmlDecode(AnyTag().Replace(fragment, " ")), " ").Trim();

    private static string? Inner(string html, string attribute, string value) => InnerFrom(html, attribute, value, 0)?.Inner;

    private static (string Inner, int End)? InnerFrom(string html, string attribute, string value, int start)
    {
        var open = new Regex($"""<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*\s{Regex.Escape(attribute)}="{Regex.Escape(value)}"[^>]*>""").Match(html, start);
        if (!open.Success)
        {
            return null;
        }

        var element = open.Groups[1].Value;
        var tags = new Regex($@"<(/?){Regex.Escape(element)}\b[^>]*>", RegexOptions.IgnoreCase);
        var depth = 1;
        var position = open.Index + open.Length;
        while (depth > 0)
        {
            var tag = tags.Match(html, position);
            if (!tag.Success)
            {
                throw new InvalidOperationException($"<{element} {attribute}=\"{value}\"> is never closed.");
            }

            depth += tag.Groups[1].Value == "/" ? -1 : tag.Value.EndsWith("/>", StringComparison.Ordinal) ? 0 : 1;
            position = tag.Index + tag.Length;
            if (depth == 0)
            {
                return (html[(open.Index + open.Length)..tag.Index], position);
            }
        }

        return null;
    }

    [GeneratedRegex(@"<html\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex("""\shref="([^"]*)"|\shref='([^']*)'""")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
