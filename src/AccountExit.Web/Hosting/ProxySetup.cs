using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AccountExit.Web.Hosting;

/// <summary>
/// HTTPS and proxies. <c>AccountExit:PublicOrigin</c> (e.g. https://accountexit.example) is the
/// origin of every link the app writes (.ics, OpenAPI); without it the request's own origin is
/// used, which the <c>AllowedHosts</c> filter keeps to known host names. Forwarded headers are read
/// only from the proxies in <c>AccountExit:ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>KnownNetworks</c> (CIDR ranges).
/// </summary>
internal static class ProxySetup
{
    public static void AddProxies(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(new PublicOrigin(configuration["AccountExit:PublicOrigin"]));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("AccountExit:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("AccountExit:ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    public static void UseProxiesAndHttps(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // HSTS is sent on HTTPS answers only (and never for localhost).
            app.UseHsts();
        }

        if (ServesHttps(app.Configuration))
        {
            app.UseHttpsRedirection();
        }
    }

    /// <summary>Kestrel itself listens on HTTPS (behind a TLS proxy the proxy redirects).</summary>
    private static bool ServesHttps(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? string.Empty).Contains("https://", StringComparison.OrdinalIgnoreCase)
        || !string.IsNullOrEmpty(configuration["https_port"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any(e => e["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
}

/// <summary>The origin links are built from: the configured public origin, or the request's host (filtered by AllowedHosts).</summary>
public sealed class PublicOrigin(string? configured)
{
    private readonly string? origin = string.IsNullOrWhiteSpace(configured) ? null : new Uri(configured).GetLeftPart(UriPartial.Authority);

    public string For(HttpRequest request) => origin ?? $"{request?.Scheme}://{request?.Host}";
}
