using System.Diagnostics;

namespace AccountExit.Web.Hosting;

/// <summary>
/// One structured event per request. Only the method, the route template, the status and the time
/// are logged: never the query string or a form value, which may carry personal data.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var route = context.Items[RouteKey] as string ?? "(no route)";
                var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, elapsedMs);
            }
        }
    }

    private const string RouteKey = "AccountExit.Route";

    /// <summary>
    /// Remembers the first matched route template: an error page re-executed later replaces the
    /// endpoint, and the event should name the route the person asked for.
    /// </summary>
    public static IApplicationBuilder UseRouteCapture(IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint)
        {
            context.Items.TryAdd(RouteKey, "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'));
        }

        return next(context);
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMs);
}
