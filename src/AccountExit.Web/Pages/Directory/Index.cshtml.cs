using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Directory;

[OutputCache(PolicyName = WebSetup.PublicCachePolicy)]
public sealed class IndexModel(DirectoryStore directory, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Market { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; }

    public IReadOnlyList<Market> Markets { get; private set; } = [];

    public Market? SelectedMarket { get; private set; }

    public DirectoryListing Listing { get; private set; } = new([], [], []);

    /// <summary>The marketplaces' own channels by marketplace (in the listing's order) and, within each, by kind.</summary>
    public IReadOnlyList<MarketGroup> Groups =>
        Listing.MarketChannels
            .GroupBy(c => c.MarketCode ?? string.Empty)
            .Select(market => new MarketGroup(
                market.Key,
                market.GroupBy(c => c.Kind)
                    .OrderBy(kind => ChannelKinds.All.ToList().IndexOf(kind.Key))
                    .Select(kind => new KindGroup(kind.Key, kind.ToList()))
                    .ToList()))
            .ToList();

    public IActionResult OnGet()
    {
        var snapshot = directory.Current;
        Markets = snapshot.Markets;
        var filter = new ChannelFilter(Normalize(Market), Normalize(Kind), Normalize(Purpose));
        var errors = ChannelFilterErrors.Find(snapshot, filter);
        if (errors.Count > 0)
        {
            foreach (var field in errors.Keys)
            {
                ModelState.AddModelError(ToPropertyName(field), localizer["Directory_UnknownFilter_" + field]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        SelectedMarket = Markets.FirstOrDefault(m => m.Code == filter.Market);
        Listing = snapshot.List(filter);
        return Page();
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    private static string ToPropertyName(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}

public sealed record MarketGroup(string Market, IReadOnlyList<KindGroup> Kinds);

public sealed record KindGroup(string Kind, IReadOnlyList<Channel> Channels);
