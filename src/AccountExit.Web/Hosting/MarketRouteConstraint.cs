namespace AccountExit.Web.Hosting;

/// <summary>Marketplace codes are two lowercase letters; whether one exists is the page's question (404 with a message).</summary>
internal sealed class MarketRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && code.Length == 2 && code.All(char.IsAsciiLetterLower);
}
