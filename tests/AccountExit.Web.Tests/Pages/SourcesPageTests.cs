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

        Assert.Contains("004_bcb594c22c960b9b.txt", Html.Text(Html.ByTestId(html, "source-004")!), StringComparison.Ordinal);
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
