using AngleSharp.Html.Parser;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Pages;

/// <summary>Issue 12: the directory grouped by marketplace and kind, every card naming its marketplace, and headings that never skip a level.</summary>
public sealed class PhoneLayoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Directory_GroupsByMarketplaceAndKind_WithAJumpList()
    {
        var html = await app.GetStringAsync("/directory", "en");
        var document = Parser.ParseDocument(html);

        var jumps = document.QuerySelectorAll("[data-testid=jump-list] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#market-de", jumps);
        Assert.Contains("#market-de-email", jumps);
        Assert.Contains("#market-jp-phone", jumps);
        Assert.All(jumps, target => Assert.NotNull(document.GetElementById(target![1..])));
        Assert.Equal("Germany", document.GetElementById("market-de-title")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/directory")]
    [InlineData("/directory?market=de")]
    [InlineData("/close/de/how")]
    public async Task EveryChannelCard_NamesItsMarketplace(string path)
    {
        var html = await app.GetStringAsync(path, "en");
        var cards = Parser.ParseDocument(html).QuerySelectorAll("[data-testid=channel]");

        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector("[data-testid=channel-market]")?.TextContent), $"{card.Id} names no marketplace."));
        var german = cards.First(card => card.Id == "de-privacy-email");
        Assert.Contains("Germany", german.QuerySelector("[data-testid=channel-market]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("also for Poland", german.QuerySelector("[data-testid=channel-market]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/directory")]
    [InlineData("/directory?market=jp")]
    [InlineData("/close/de/how")]
    [InlineData("/close/de/next")]
    [InlineData("/unlock/de/contact")]
    [InlineData("/prime/jp")]
    [InlineData("/prime/jp/call")]
    [InlineData("/prime/jp/callback")]
    [InlineData("/prime/jp/refund")]
    [InlineData("/data/de")]
    [InlineData("/data/de/route")]
    [InlineData("/data/de/letter")]
    public async Task HeadingLevels_NeverSkip(string path)
    {
        var html = await app.GetStringAsync(path, "en");
        var levels = Parser.ParseDocument(html).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();

        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: an h{levels[i]} follows an h{levels[i - 1]} ({string.Join(" ", levels.Select(l => "h" + l))}).");
        }
    }

    [Fact]
    public async Task InArabic_LatinFileExtensionsAreIsolated()
    {
        var html = await app.GetStringAsync("/close/de/next", "ar");

        Assert.Contains("(\u2066.ics\u2069)", Parser.ParseDocument(html).QuerySelector("[data-testid=deadline-ics]")!.TextContent, StringComparison.Ordinal);
    }
}
