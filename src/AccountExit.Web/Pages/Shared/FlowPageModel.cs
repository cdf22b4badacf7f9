using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AccountExit.Web.Pages.Shared;

/// <summary>A page of a flow for one marketplace: the marketplace from the route, and the page's place in its flow.</summary>
public abstract class FlowPageModel : PageModel
{
    [FromRoute(Name = "market")]
    public string MarketCode { get; set; } = "";

    public Market Market { get; protected set; } = null!;

    /// <summary>Whether this marketplace offers a step of the flow; a flow with optional steps says which.</summary>
    public virtual bool Offers(FlowStep step) => true;

    public FlowPosition Position => field ??= Flows.OfPage(PageContext.ActionDescriptor.ViewEnginePath) is var (flow, step)
        ? new FlowPosition(flow, step, Market.Code, Url, Offers, [.. Request.Query["done"].OfType<string>().Order(StringComparer.Ordinal)])
        : throw new InvalidOperationException($"{PageContext.ActionDescriptor.ViewEnginePath} is not a step of any flow.");
}
