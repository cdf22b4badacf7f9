using AccountExit.Core.Directory;
using AccountExit.Core.Laws;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Sources;

/// <summary>Every law the letters rest on, with the sentence each statement comes from and what we could not source.</summary>
public sealed class LawsModel(DirectoryStore directory) : PageModel
{
    public IReadOnlyList<Law> Laws { get; private set; } = [];

    /// <summary>The marketplaces that name each law, for the heading.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Market>> MarketsOf { get; private set; } = new Dictionary<string, IReadOnlyList<Market>>();

    public void OnGet()
    {
        var snapshot = directory.Current;
        MarketsOf = snapshot.Markets.SelectMany(m => m.Laws.Select(code => (code, m)))
            .GroupBy(x => x.code)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Market>)g.Select(x => x.m).ToList());
        // The laws the letters cite first, then those they do not rely on yet.
        Laws = [.. snapshot.Markets.SelectMany(m => m.Laws).Distinct().Select(snapshot.Law).OfType<Law>()
            .OrderByDescending(l => l.InForce).ThenByDescending(l => MarketsOf[l.Code].Count).ThenBy(l => l.Code, StringComparer.Ordinal)];
    }
}
