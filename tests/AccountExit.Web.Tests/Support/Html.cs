using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AccountExit.Web.Tests.Support;

/// <summary>
/// Reads the pages' HTML as a browser parses it (AngleSharp): elements by id or data-testid,
/// attributes and the text a browser shows.
/// </summary>
public static partial class Html
{
    private static readonly HtmlParser Parser = new();
    private static readonly ConditionalWeakTable<string, IDocument> Parsed = [];

    /// <summary>The opening &lt;html&gt; tag, as serialized from the parsed document.</summary>
    public static string RootTag(string html)
    {
        var root = Document(html).DocumentElement;
        return "<html" + string.Concat(root.Attributes.Select(a => $" {a.Name}=\"{a.Value}\"")) + ">";
    }

    /// <summary>The value of an attribute of the (first) element in an HTML snippet, e.g. one returned by <see cref="Tags"/>, or null.</summary>
    public static string? Attribute(string tag, string name)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return FirstElement(tag)?.GetAttribute(name);
    }

    /// <summary>Every element of the given name, as its outer HTML.</summary>
    public static IReadOnlyList<string> Tags(string html, string element) =>
        Document(html).QuerySelectorAll(element).Select(e => e.OuterHtml).ToList();

    /// <summary>Every link target (href), decoded.</summary>
    public static IReadOnlyList<string> Hrefs(string html) =>
        Document(html).QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!).ToList();

    /// <summary>The inner HTML of the first element with this data-testid, or null.</summary>
    public static string? ByTestId(string html, string testId) => ElementByTestId(html, testId)?.InnerHtml;

    /// <summary>The first element with this data-testid, or null.</summary>
    public static IElement? ElementByTestId(string html, string testId) =>
        Document(html).QuerySelectorAll("[data-testid]").FirstOrDefault(e => e.GetAttribute("data-testid") == testId);

    /// <summary>The first element matching a CSS selector, or null.</summary>
    public static IElement? Select(string html, string selector) => Document(html).QuerySelector(selector);

    /// <summary>The inner HTML of every element with this data-testid.</summary>
    public static IReadOnlyList<string> AllByTestId(string html, string testId) =>
        Document(html).QuerySelectorAll("[data-testid]").Where(e => e.GetAttribute("data-testid") == testId).Select(e => e.InnerHtml).ToList();

    /// <summary>The inner HTML of the element with this id, or null.</summary>
    public static string? ById(string html, string id) => Document(html).GetElementById(id)?.InnerHtml;

    /// <summary>The text a browser shows for a fragment: the text of every node, a space between elements, spaces collapsed.</summary>
    public static string Text(string fragment)
    {
        var nodes = Fragment(fragment).SelectMany(n => n.NodeType == NodeType.Text ? [n] : n.Descendants().Where(d => d.NodeType == NodeType.Text));
        return Whitespace().Replace(string.Join(" ", nodes.Select(n => n.TextContent)), " ").Trim();
    }

    private static IDocument Document(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Parsed.GetValue(html, source => Parser.ParseDocument(source));
    }

    private static IElement? FirstElement(string snippet) =>
        snippet.TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? Parser.ParseDocument(snippet).DocumentElement
            : Fragment(snippet).OfType<IElement>().FirstOrDefault();

    /// <summary>A snippet parsed in a &lt;template&gt;, where any element (a table row, an option) may stand alone.</summary>
    private static INodeList Fragment(string snippet)
    {
        var document = Parser.ParseDocument(string.Empty);
        return Parser.ParseFragment(snippet, document.CreateElement("template"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
