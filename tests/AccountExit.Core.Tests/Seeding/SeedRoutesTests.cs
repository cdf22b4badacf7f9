using AccountExit.Core.Directory;
using AccountExit.Core.Seeding;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Seeding;

/// <summary>What the committed seeds must give every marketplace: a route for each flow, and the fastest one first.</summary>
public sealed class SeedRoutesTests
{
    private static SeedSet Seeds => SeedFolder.Read();

    private static readonly string[] SourcesWithGaps = ["jp-prime-phone-free", "jp-prime-phone-paid", "jp-prime-callback", "global-unlock-email", "unplaced-sv-phone-800"];

    private static readonly string[] Flows = [Purposes.CloseAccount, Purposes.UnlockAccount, Purposes.CancelPrime];

    private static List<Channel> RoutesFor(Market market) =>
        Seeds.Channels.Where(c => c.Serves(market.Code) || c.Scope == ChannelScope.AllMarkets).ToList();

    [Fact]
    public void EveryMarketplace_HasASourcedFastestRouteForEachFlow()
    {
        Assert.All(Seeds.Markets, market => Assert.All(Flows, flow =>
        {
            var routes = RoutesFor(market).Where(c => c.Purposes.Contains(flow)).ToList();
            Assert.True(routes.Any(c => c.IsFastestFor(flow)), $"{market.Code} has no fastest route to {flow}.");
        }));
    }

    [Fact]
    public void AtLeastEightMarketplaces_HaveTheirOwnPhoneOrCallback()
    {
        var withPhone = Seeds.Markets.Where(m => Seeds.Channels.Any(c => c.MarketCode == m.Code && c.Kind is ChannelKinds.Phone or ChannelKinds.Callback)).ToList();

        Assert.True(withPhone.Count >= 8, $"Only {string.Join(", ", withPhone.Select(m => m.Code))} have a phone or callback.");
    }

    [Fact]
    public void EachMarketplace_HasAtMostOneFastestRoutePerFlowOfItsOwn()
    {
        var doubles = Seeds.Channels.Where(c => c.Scope == ChannelScope.Market)
            .SelectMany(c => c.Fastest.Select(f => (c.MarketCode, Flow: f)))
            .GroupBy(x => x).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(doubles);
    }

    [Fact]
    public void NoEmail_IsBuiltFromAPattern()
    {
        var guessed = Seeds.Channels.Where(c => c is { Kind: ChannelKinds.Email, Value: not null, Quality: Qualities.Derived }).Select(c => c.Key);

        Assert.Empty(guessed);
    }

    [Fact]
    public void NoSeed_NamesTheGuessedCisMailbox()
    {
        var mentions = Seeds.Channels.Where(c => (c.Value ?? string.Empty).StartsWith("cis@", StringComparison.OrdinalIgnoreCase)).Select(c => c.Key);

        Assert.Empty(mentions);
    }

    [Fact]
    public void SocialHandle_HasNoUrlTheSourceDoesNotGive()
    {
        var social = Seeds.Channels.Single(c => c.Key == "global-social-x");

        Assert.Equal("@AmazonHelp", social.Value);
        Assert.Null(social.Url);
    }

    [Fact]
    public void UnplacedNumber_HasNoTollFreeBadge()
    {
        Assert.All(Seeds.Channels.Where(c => c.Scope == ChannelScope.Unplaced), channel => Assert.Null(channel.TollFree));
    }

    [Fact]
    public void GarbledOrIncompleteSources_AreSaidSoOnTheEntry()
    {
        Assert.All(SourcesWithGaps, key =>
            Assert.False(string.IsNullOrWhiteSpace(Seeds.Channels.Single(c => c.Key == key).Caveat?.In("en")), $"{key} has no caveat."));
    }

    [Fact]
    public void JapanesePhoneNumbers_ShowThePagesThatSayTheyWereDiscontinued()
    {
        var free = Seeds.Channels.Single(c => c.Key == "jp-prime-phone-free");

        Assert.Contains(free.Conflicts, c => c.Source.Url!.Contains("xs670562.xsrv.jp", StringComparison.Ordinal) && c.Source.Date == "2025-12-23");
    }
}
