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
        Assert.Contains(sources, s => s.Contains("Amazonプライムを電話で解約する流れについて", StringComparison.Ordinal));
        Assert.DoesNotContain(sources, s => s.Contains(".txt", StringComparison.Ordinal));
        Assert.NotEmpty(Html.AllByTestId(html, "conflict"));
    }

    [Fact]
    public async Task Get_MarketAndPhoneFilter_NeverListsTheNumberWhoseCountryNoSourceNames()
    {
        var html = await app.GetStringAsync("/directory?market=us&kind=phone", "en");

        Assert.DoesNotContain("800 810 251", Html.Text(html), StringComparison.Ordinal);
        Assert.Null(Html.ByTestId(html, "group-unplaced"));
        Assert.NotNull(Html.ByTestId(html, "unplaced-hidden"));
        Assert.Contains("tel:+18882804331", Html.Hrefs(html));
    }

    [Fact]
    public async Task Get_WithoutMarketFilter_ShowsTheUnplacedNumberInItsOwnGroupWithoutATollFreeBadge()
    {
        var html = await app.GetStringAsync("/directory?kind=phone", "en");

        var group = Html.ByTestId(html, "group-unplaced");
        Assert.NotNull(group);
        Assert.Contains("800 810 251", Html.Text(group), StringComparison.Ordinal);
        Assert.DoesNotContain(Resx.Value("SharedResource", "en", "Channel_TollFree"), Html.Text(group), StringComparison.Ordinal);
        Assert.DoesNotContain(Html.Hrefs(group), href => href.StartsWith("tel:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_JapanPhone_ShowsBothSourcesOfTheConflictWithTheirDates()
    {
        var html = await app.GetStringAsync("/directory?market=jp&kind=phone", "en");

        var card = Html.ById(html, "jp-prime-phone-free");
        Assert.NotNull(card);
        var conflicts = Html.AllByTestId(card, "conflict");
        Assert.Equal(3, conflicts.Count);
        Assert.Contains(conflicts, c => Html.Text(c).Contains("2025-12-23", StringComparison.Ordinal) && Html.Hrefs(c).Any(h => h.Contains("xs670562.xsrv.jp", StringComparison.Ordinal)));
        Assert.Contains("2019-01-15", Html.Text(card), StringComparison.Ordinal);
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
