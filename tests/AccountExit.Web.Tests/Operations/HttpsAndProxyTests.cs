using System.Net;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace AccountExit.Web.Tests.Operations;

/// <summary>
/// Issue 10: HSTS and Secure cookies over HTTPS; forwarded headers only from configured proxies;
/// links the app writes from the configured public origin, never from the Host header.
/// </summary>
public sealed class HttpsAndProxyTests : IDisposable
{
    private const string PublicHost = "accountexit.test";
    private readonly AppFactory app = new();
    private readonly WebApplicationFactory<Program> proxied;

    public HttpsAndProxyTests() => proxied = app.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("AllowedHosts", PublicHost);
        builder.UseSetting("AccountExit:ForwardedHeaders:KnownProxies:0", "10.0.0.7");
    });

    [Fact]
    public async Task Get_OverHttps_SendsHstsAndASecureAntiforgeryCookie()
    {
        using var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"https://{PublicHost}"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/close/de/letter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ae-antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_OverPlainHttp_SendsNoHstsAndNoSecureFlag()
    {
        using var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{PublicHost}"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/close/de/letter");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ae-antiforgery=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("10.0.0.7", "https")]
    [InlineData("10.0.0.8", "http")]
    public async Task Ics_BehindAProxy_TakesTheSchemeFromForwardedHeadersOnlyFromAKnownProxy(string proxy, string scheme)
    {
        var server = proxied.Server;

        var context = await server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString(PublicHost);
            c.Request.Path = "/close/de/next";
            c.Request.QueryString = new QueryString("?handler=ics");
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        var ics = await new StreamReader(context.Response.Body).ReadToEndAsync();
        Assert.Contains($"{scheme}://{PublicHost}/close/de/letter?kind=follow-up", Unfold(ics), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinksTheAppWrites_ComeFromThePublicOrigin_NotTheHostHeader()
    {
        using var configured = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("AllowedHosts", "*");
            builder.UseSetting("AccountExit:PublicOrigin", "https://accountexit.example");
        });
        using var client = configured.CreateClient();
        using var ics = new HttpRequestMessage(HttpMethod.Get, "/close/de/next?handler=ics");
        ics.Headers.Host = "evil.example";
        using var openApi = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        openApi.Headers.Host = "evil.example";

        var calendar = Unfold(await (await client.SendAsync(ics)).Content.ReadAsStringAsync());
        var document = await (await client.SendAsync(openApi)).Content.ReadAsStringAsync();

        Assert.Contains("https://accountexit.example/close/de/letter?kind=follow-up", calendar, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"https://accountexit.example\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", calendar + document, StringComparison.Ordinal);
    }

    /// <summary>iCalendar folds long lines (a CRLF and one space); the link is read unfolded.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);

    public void Dispose()
    {
        proxied.Dispose();
        app.Dispose();
    }
}
