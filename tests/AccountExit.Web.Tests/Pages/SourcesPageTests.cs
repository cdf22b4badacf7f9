using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Pages;

public sealed class SourcesPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Sources_ListsTheFiveResearchGuidesAndTheDataSets()
    {
        var html = await app.GetStringAsync("/sources", "en");

        foreach (var id in new[] { "000", "001", "002", "003", "004", "datarequests", "justdeleteme" })
        {
            Assert.NotNull(Html.ByTestId(html, "source-" + id));
        }

        Assert.Contains("Amazonプライムを電話で解約する流れについて", Html.Text(Html.ByTestId(html, "source-004")!), StringComparison.Ordinal);
        Assert.Equal(Resx.Value("SharedResource", "en", "Source_Note_003"), Html.Text(Html.ByTestId(html, "source-note-003")!));
    }

    [Fact]
    public async Task Sources_ListsEveryPublicPageTheDirectoryQuotes()
    {
        var html = await app.GetStringAsync("/sources", "en");

        var pages = Html.ByTestId(html, "cited-pages");
        Assert.NotNull(pages);
        var hrefs = Html.Hrefs(pages);
        Assert.Contains("https://www.amazon.in/gp/help/customer/display.html?nodeId=202134240", hrefs);
        Assert.Contains("https://xs670562.xsrv.jp/2025/12/23/amazon-2", hrefs);
        Assert.Contains("2025-12-23", Html.Text(pages), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/prime/jp/call", "ja")]
    [InlineData("/close/de", "de")]
    [InlineData("/unlock/de/tips", "en")]
    [InlineData("/directory?market=jp", "ar")]
    public async Task EverySourceLinkOnAPage_PointsAtAnEntryOfTheSourcesPage(string path, string culture)
    {
        var page = await app.GetStringAsync(path, culture);
        var sources = await app.GetStringAsync("/sources", culture);

        var links = Html.Hrefs(page).Where(href => href.StartsWith("/sources#", StringComparison.Ordinal)).Distinct().ToList();

        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains($"id=\"{link["/sources#".Length..]}\"", sources, StringComparison.Ordinal));
    }
}
