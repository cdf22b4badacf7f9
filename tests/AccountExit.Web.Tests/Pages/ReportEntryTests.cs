using System.Net;
using AccountExit.Core;
using AccountExit.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AccountExit.Web.Tests.Pages;

public sealed class ReportEntryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Key = "jp-prime-phone-paid";

    [Fact]
    public async Task Directory_EveryEntry_LinksToItsReportPage()
    {
        var html = await app.GetStringAsync("/directory?market=jp", "en");

        Assert.Contains($"/directory/report/{Key}", Html.Hrefs(html));
    }

    [Fact]
    public async Task Post_WithAProblem_StoresTheReportAndThanks()
    {
        var problem = $"The paid number now answers in English only {Guid.NewGuid():N}";

        var (status, location, _) = await PostAsync(problem);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"/directory/report/{Key}?sent=true", location);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
        var report = await db.EntryReports.SingleAsync(r => r.Problem == problem);
        Assert.Equal(Key, report.ChannelKey);
        var thanks = await app.GetStringAsync(location!, "en");
        Assert.NotNull(Html.ByTestId(thanks, "report-thanks"));
    }

    [Fact]
    public async Task Post_Empty_ShowsTheMessageNextToTheFieldAndStoresNothing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
        var before = await db.EntryReports.CountAsync();

        var (status, _, html) = await PostAsync("   ");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.False(string.IsNullOrWhiteSpace(Html.Text(Html.ByTestId(html, "error-Problem") ?? "")));
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await db.EntryReports.CountAsync());
    }

    [Fact]
    public async Task Post_TooLong_KeepsTheTextAndSaysTheLimit()
    {
        var problem = new string('x', 1001);

        var (status, _, html) = await PostAsync(problem);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("1000", Html.Text(Html.ByTestId(html, "error-Problem") ?? ""), StringComparison.Ordinal);
        Assert.Contains(problem, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownEntry_Returns404()
    {
        using var response = await app.GetAsync("/directory/report/no-such-entry", "en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, string? Location, string Html)> PostAsync(string problem)
    {
        using var client = app.CreateNoRedirectClient(handleCookies: true);
        var page = await client.GetStringAsync($"/directory/report/{Key}");
        var token = Html.Tags(page, "input")
            .Where(tag => Html.Attribute(tag, "name") == "__RequestVerificationToken")
            .Select(tag => Html.Attribute(tag, "value"))
            .Single();
        using var content = new FormUrlEncodedContent([new("Problem", problem), new("__RequestVerificationToken", token!)]);
        using var response = await client.PostAsync($"/directory/report/{Key}", content);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync());
    }
}
