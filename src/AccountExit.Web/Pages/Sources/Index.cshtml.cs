using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Web.Pages.Sources;

/// <summary>A public data set the directory cites as a whole.</summary>
public sealed record DataSet(string Id, string Title);

/// <summary>A public page the directory quotes, with how many entries rest on it.</summary>
public sealed record CitedPage(string Url, string Title, string? Language, string? Date, int Entries);

public sealed class IndexModel(DirectoryStore directory) : PageModel
{
    public static IReadOnlyList<ResearchGuide> Guides => ResearchGuides.All;

    public static readonly IReadOnlyList<DataSet> DataSets =
    [
        new("datarequests", "datarequests.org company database (CC0)"),
        new("justdeleteme", "JustDeleteMe, _data/sites.json (MIT)"),
    ];

    public IReadOnlyList<CitedPage> Pages { get; private set; } = [];

    public void OnGet()
    {
        Pages = directory.Current.Channels
            .SelectMany(c => c.Sources.Concat(c.Conflicts.Select(x => x.Source)).Where(s => s.Url is not null).Select(s => (Source: s, c.Key)))
            .GroupBy(x => x.Source.Url!)
            .Select(g => new CitedPage(g.Key, g.First().Source.Title ?? g.Key, g.First().Source.Language, g.First().Source.Date, g.Select(x => x.Key).Distinct().Count()))
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
