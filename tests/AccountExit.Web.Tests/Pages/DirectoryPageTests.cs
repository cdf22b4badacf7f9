using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Pages;

public sealed class DirectoryPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string UnplacedNumber = "800 810 251";

    private static readonly string[] LaunchMarkets = ["us", "ca", "gb", "de", "fr", "it", "es", "nl", "se", "pl", "in", "jp", "sa", "ae", "eg"];

    [Fact]
    public async Task Get_JapanPrimeCancellation_ShowsDialableNumbersAndTheirSource()
    {
        var html = await app.GetStringAsync("/directory?market=jp&purpose=cancel-prime");

        var hrefs = Html.Hrefs(html);
        Assert.Contains("tel:+81120999373", hrefs);
        Assert.Contains("tel:+81113303000", hrefs);
        var sources = Html.AllByTestId(html, "channel-source").Select(Html.Text).ToList();
        Assert.Contains(sources, s => s.Contains("004_bcb594c22c960b9b.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_JapanPrimeCancellation_ShowsKeysToPressAndOperatorShortcut()
    {
        var html = await app.GetStringAsync("/directory?market=jp&purpose=cancel-prime");

        var keyPath = Html.ByTestId(html, "key-path");
        Assert.NotNull(keyPath);
        Assert.Equal(["1", "3", "1"], Html.Tags(keyPath, "kbd").Select(tag => Html.Attribute(tag, "data-key")));
        var shortcut = Html.ByTestId(html, "operator-shortcut");
        Assert.NotNull(shortcut);
        Assert.EndsWith("7", Html.Text(shortcut), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("ja")]
    public async Task Get_UnknownMarket_Returns400WithLocalizedMessageNextToTheField(string culture)
    {
        var html = await app.GetStringAsync("/directory?market=zz", culture, expectedStatus: 400);

        var expected = Resx.Value("SharedResource", culture, "Directory_UnknownFilter_market");
        var fieldError = Html.ById(html, "Market-error");
        Assert.NotNull(fieldError);
        Assert.Equal(expected, Html.Text(fieldError));
        Assert.Null(Html.ByTestId(html, "group-market"));
    }

    [Fact]
    public async Task Get_Unfiltered_ShowsNumberWithoutRegionOnlyInRegionNotConfirmedGroup()
    {
        var html = await app.GetStringAsync("/directory");

        var unplaced = Html.ByTestId(html, "group-unplaced");
        var markets = Html.ByTestId(html, "group-market");
        Assert.NotNull(unplaced);
        Assert.NotNull(markets);
        Assert.Contains(UnplacedNumber, Html.Text(unplaced), StringComparison.Ordinal);
        Assert.DoesNotContain(UnplacedNumber, Html.Text(markets), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AnyMarket_NeverListsNumberWithoutRegionAsThatMarketsContact()
    {
        foreach (var market in LaunchMarkets)
        {
            var html = await app.GetStringAsync($"/directory?market={market}");

            var markets = Html.ByTestId(html, "group-market");
            Assert.False(
                markets is not null && Html.Text(markets).Contains(UnplacedNumber, StringComparison.Ordinal),
                $"/directory?market={market} lists {UnplacedNumber} as a contact of that marketplace.");
        }
    }
}
