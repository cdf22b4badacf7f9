using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages;

public sealed class IndexModel(DirectoryStore directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Market { get; set; }

    public IReadOnlyList<Market> Markets { get; private set; } = [];

    public void OnGet()
    {
        Markets = directory.Current.Markets;
        var codes = Markets.Select(m => m.Code).ToList();
        if (Market is null || !codes.Contains(Market))
        {
            Market = MarketGuess.FromBrowser(Request, codes);
        }
    }

    /// <summary>The flow's first step for the marketplace guessed or chosen, else the flow's marketplace chooser.</summary>
    public string? FlowLink(FlowDescription flow) =>
        Market is null ? Url.Page("/Shared/ChooseMarket", new { flow = flow?.Code }) : Url.Page(flow!.PageOf(flow.First), new { market = Market });
}
