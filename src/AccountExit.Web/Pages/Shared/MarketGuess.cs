using Microsoft.Net.Http.Headers;

namespace AccountExit.Web.Pages.Shared;

public static class MarketGuess
{
    private static readonly Dictionary<string, string> MarketByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "de", ["sv"] = "se", ["ja"] = "jp", ["fr"] = "fr", ["it"] = "it", ["es"] = "es", ["nl"] = "nl", ["pl"] = "pl",
    };

    /// <summary>
    /// Regions without a marketplace of their own here whose speakers of the language shop on the language's
    /// marketplace (fr-BE on amazon.fr, nl-BE on amazon.nl). Elsewhere the language says nothing about the
    /// marketplace: es-MX has amazon.com.mx, not amazon.es, so it is not guessed.
    /// </summary>
    private static readonly Dictionary<string, string[]> NeighbourRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = ["at", "ch", "lu", "li"], ["fr"] = ["be", "ch", "lu", "mc"], ["it"] = ["ch", "sm", "va"],
        ["nl"] = ["be"], ["sv"] = ["fi", "ax"],
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

            var region = parts.Length > 1 ? parts[^1] : null;
            if (MarketByLanguage.TryGetValue(parts[0], out var market) && marketCodes.Contains(market)
                && (region is null || NeighbourRegions.GetValueOrDefault(parts[0])?.Contains(region, StringComparer.OrdinalIgnoreCase) == true))
            {
                return market;
            }
        }

        return null;
    }
}
