using Microsoft.Net.Http.Headers;

namespace AccountExit.Web.Pages.Shared;

public static class MarketGuess
{
    private static readonly Dictionary<string, string> MarketByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "de", ["sv"] = "se", ["ja"] = "jp", ["fr"] = "fr", ["it"] = "it", ["es"] = "es", ["nl"] = "nl", ["pl"] = "pl",
    };

    /// <summary>The marketplace the browser's languages point at (region first, then language), if any.</summary>
    public static string? FromBrowser(HttpRequest request, IReadOnlyCollection<string> marketCodes)
    {
        ArgumentNullException.ThrowIfNull(request);
        var languages = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? string.Empty);
        foreach (var tag in languages)
        {
            var parts = tag.Split('-');
            if (parts.Length > 1 && marketCodes.Contains(parts[^1].ToLowerInvariant()))
            {
                return parts[^1].ToLowerInvariant();
            }

            if (MarketByLanguage.TryGetValue(parts[0], out var market) && marketCodes.Contains(market))
            {
                return market;
            }
        }

        return null;
    }
}
