using System.Globalization;
using Serilog;
using Serilog.Events;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Serilog through Serilog.AspNetCore: levels and sinks from the <c>Serilog</c> section of
/// configuration, one event per request. The request event names the route template and never the
/// path's values, the query string or a form value, which may carry personal data.
/// </summary>
internal static class LoggingSetup
{
    private const string RouteKey = "AccountExit.Route";

    /// <summary>Logs a start that fails before the configured logger exists.</summary>
    public static Serilog.Core.Logger CreateBootstrapLogger() => new LoggerConfiguration()
        .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
        .CreateLogger();

    public static void AddLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // Tests and hosts may add Microsoft.Extensions.Logging providers; Serilog writes to them too.
        builder.Services.AddSerilog(
            (services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext(),
            preserveStaticLogger: true,
            writeToProviders: true);
    }

    public static void UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod:l} {Route:l} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new("RequestMethod", new ScalarValue(context.Request.Method)),
                new("Route", new ScalarValue(context.Items[RouteKey] as string ?? "(no route)")),
                new("StatusCode", new ScalarValue(status)),
                new("Elapsed", new ScalarValue(elapsed)),
            ];
        });
    }

    /// <summary>
    /// Remembers the first matched route template: an error page re-executed later replaces the
    /// endpoint, and the event should name the route the person asked for.
    /// </summary>
    public static void UseRouteCapture(this WebApplication app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint() is RouteEndpoint endpoint)
        {
            context.Items.TryAdd(RouteKey, "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'));
        }

        return next(context);
    });
}
