using System.Net;
using System.Text.RegularExpressions;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Operations;

public sealed partial class OperationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task GetHealthz_WithSeededDatabase_ReportsHealthy()
    {
        using var response = await app.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_UsesTheConfiguredSqliteFile()
    {
        using var response = await app.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(app.DatabasePath), $"The app did not create its database at {app.DatabasePath}.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task Get_UnknownPage_Returns404WithFriendlyPageInTheVisitorsLanguage(string culture)
    {
        var html = await app.GetStringAsync("/no-such-page", culture, expectedStatus: 404);

        Assert.Equal(culture, Html.Attribute(Html.RootTag(html), "lang"));
        var title = Html.ByTestId(html, "error-title");
        Assert.NotNull(title);
        Assert.Equal(Resx.Value("SharedResource", culture, "Error_404_Title"), Html.Text(title));
        Assert.Contains("/directory", Html.Hrefs(html));
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/directory", 200)]
    [InlineData("/directory?market=jp&purpose=cancel-prime", 200)]
    [InlineData("/directory?market=zz", 400)]
    [InlineData("/?culture=xx", 400)]
    [InlineData("/no-such-page", 404)]
    public async Task Get_HtmlPage_CarriesStrictContentSecurityPolicyAndNoInlineCode(string path, int status)
    {
        using var response = await app.GetAsync(path, "de");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var values), $"{path} has no Content-Security-Policy.");
        var policy = Assert.Single(values);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Empty(InlineCode().Matches(html).Select(m => m.Value));
    }

    [Fact]
    public async Task Get_Page_LogsExactlyOneRequestEventWithTheRouteTemplateAndNoQuery()
    {
        var before = app.LogMessages.Count;

        using var response = await app.GetAsync("/directory?market=jp&purpose=cancel-prime");
        await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = app.LogMessages.Skip(before).Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        var logged = Assert.Single(events);
        Assert.Matches(@"^HTTP GET /?directory responded 200 in \d+([.,]\d+)? ms$", logged);
        Assert.DoesNotContain("jp", logged, StringComparison.Ordinal);
        Assert.DoesNotContain("cancel-prime", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Api_LogsExactlyOneRequestEventWithTheRouteTemplate()
    {
        var before = app.LogMessages.Count;

        using var response = await app.GetAsync("/api/v1/channels?market=jp");
        await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = app.LogMessages.Skip(before).Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
        var logged = Assert.Single(events);
        Assert.StartsWith("HTTP GET /api/v1/channels responded 200 in ", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HomePage_LogsARouteTemplateAnOperatorCanRead()
    {
        var before = app.LogMessages.Count;

        using var response = await app.GetAsync("/");
        await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logged = Assert.Single(app.LogMessages.Skip(before), m => m.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Matches(@"^HTTP GET \S+ responded 200 in ", logged);
    }

    /// <summary>Script or style the policy would block: inline script blocks, style blocks and attributes, event handlers.</summary>
    [GeneratedRegex(@"<script\b(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
