using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Shared;

/// <summary>The first question of every flow without a marketplace in its address.</summary>
public sealed class ChooseMarketModel(DirectoryStore directory) : PageModel
{
    [FromRoute]
    public string Flow { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Market { get; set; }

    /// <summary>The flow named in the address (the route constraint admits only flows' codes).</summary>
    public FlowDescription Description => Flows.Find(Flow)!;

    public IReadOnlyList<Market> Markets { get; private set; } = [];

    public bool UnknownMarket { get; private set; }

    public IActionResult OnGet()
    {
        Markets = directory.Current.Markets;
        var codes = Markets.Select(m => m.Code).ToList();
        if (Market is not null)
        {
            if (codes.Contains(Market))
            {
                return RedirectToPage(Description.PageOf(Description.First), new { market = Market });
            }

            UnknownMarket = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Market = MarketGuess.FromBrowser(Request, codes);
        return Page();
    }
}
