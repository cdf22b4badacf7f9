using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace AccountExit.Web.Pages.Shared;

public static class LanguageLinks
{
    /// <summary>
    /// The interface languages, the one list of them, with each language's own name so a person finds
    /// theirs whatever the page's language.
    /// </summary>
    public static readonly IReadOnlyList<(string Culture, string Name)> Languages =
    [
        ("en", "English"), ("de", "Deutsch"), ("sv", "Svenska"), ("id", "Bahasa Indonesia"), ("ja", "日本語"), ("ar", "العربية"),
        ("fr", "Français"), ("it", "Italiano"), ("es", "Español"), ("nl", "Nederlands"), ("pl", "Polski"),
    ];

    /// <summary>The same page and query in another language.</summary>
    public static string For(HttpRequest request, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);

        // An error page is re-executed under /error/{code}; its language links lead back to the page asked for.
        var original = request.HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var path = original is null ? (request.PathBase + request.Path).ToString() : original.OriginalPathBase + original.OriginalPath;
        var queryString = original is null ? request.QueryString.Value : original.OriginalQueryString;
        var query = new QueryBuilder(
            QueryHelpers.ParseQuery(queryString)
                .Where(p => p.Key != "culture")
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))))
        {
            { "culture", culture },
        };
        return path + query.ToQueryString();
    }

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

/// <summary>
/// Set by a page whose form must survive a change of language: the language switch then submits
/// that form to <see cref="Action"/> with the new culture instead of following a link.
/// </summary>
public sealed record LanguageForm(string Form, string Action)
{
    public const string Key = "AccountExit.LanguageForm";

    public string ActionFor(string culture) => $"{Action}&culture={culture}";
}
