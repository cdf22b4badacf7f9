using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace AccountExit.Web.Hosting;

/// <summary>Each flow step's address comes from its flow's description: /{flow}/{market}/{segment}, and nothing else.</summary>
internal sealed class FlowRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (Flows.OfPage(model.ViewEnginePath) is var (flow, step))
        {
            model.Selectors.Clear();
            model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = flow.RouteOf(step) } });
        }
    }
}

/// <summary>The first path segment of a flow's marketplace chooser: a flow's code.</summary>
internal sealed class FlowRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && Flows.Find(code) is not null;
}
