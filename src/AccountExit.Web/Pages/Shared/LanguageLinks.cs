using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace AccountExit.Web.Pages.Shared;

public static class LanguageLinks
{
    /// <summary>Each language's own name, so a person finds theirs whatever the page's language.</summary>
    public static readonly IReadOnlyList<(string Culture, string Name)> Languages =
    [
        ("en", "English"), ("de", "Deutsch"), ("sv", "Svenska"), ("id", "Bahasa Indonesia"), ("ja", "日本語"), ("ar", "العربية"),
    ];

    /// <summary>The same page and query in another language.</summary>
    public static string For(HttpRequest request, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder(
            QueryHelpers.ParseQuery(request.QueryString.Value)
                .Where(p => p.Key != "culture")
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))))
        {
            { "culture", culture },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
