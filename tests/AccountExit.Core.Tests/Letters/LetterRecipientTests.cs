using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Letters;

public sealed class LetterRecipientTests
{
    private static readonly Market Sweden = new() { Code = "se", Domain = "amazon.se", Laws = ["gdpr"], Languages = ["sv"] };

    private static Channel Email(string key, string value, string quality, string role = "privacy", string market = "se", params string[] purposes) => new()
    {
        Key = key,
        Kind = ChannelKinds.Email,
        Role = role,
        Value = value,
        Quality = quality,
        MarketCode = market,
        Purposes = purposes.Length == 0 ? [Purposes.CloseAccount] : [.. purposes],
    };

    [Fact]
    public void For_DerivedMailboxOnly_ReturnsNoRecipient()
    {
        var channels = new[] { Email("se-cs-email", "cis@amazon.se", Qualities.Derived, "customer-service") };

        Assert.Null(LetterRecipient.For(LetterKinds.ErasureGdpr, Sweden, channels));
    }

    [Fact]
    public void For_ErasureWithSourcedPrivacyAndServiceMailboxes_PicksThePrivacyMailbox()
    {
        var channels = new[]
        {
            Email("se-cs", "service@amazon.example", Qualities.Sourced, "customer-service"),
            Email("se-privacy", "privacy@amazon.example", Qualities.Verified),
        };

        Assert.Equal("se-privacy", LetterRecipient.For(LetterKinds.ErasureGdpr, Sweden, channels)?.Key);
    }

    [Fact]
    public void For_MailboxOfAnotherMarketplace_IsUsedOnlyWhenItsSourceSaysItCoversThisOne()
    {
        var german = Email("de-privacy-email", "eu-privacy@amazon.de", Qualities.Verified, market: "de");
        var poland = new Market { Code = "pl", Domain = "amazon.pl", Laws = ["gdpr"], Languages = ["pl"] };

        Assert.Null(LetterRecipient.For(LetterKinds.ErasureGdpr, poland, [german]));

        german.Covers = ["pl"];
        Assert.Equal("eu-privacy@amazon.de", LetterRecipient.For(LetterKinds.ErasureGdpr, poland, [german])?.Value);
    }

    [Fact]
    public void For_UnlockAppeal_NeverGoesToAPrivacyMailboxMeantForClosing()
    {
        var channels = new[] { Email("se-privacy", "privacy@amazon.example", Qualities.Verified) };

        Assert.Null(LetterRecipient.For(LetterKinds.UnlockAppeal, Sweden, channels));
    }

    [Fact]
    public void For_Complaint_HasNoRecipientAtAmazon()
    {
        var channels = new[] { Email("se-privacy", "privacy@amazon.example", Qualities.Verified) };

        Assert.Null(LetterRecipient.For(LetterKinds.Complaint, Sweden, channels));
    }

    [Theory]
    [InlineData("se")]
    [InlineData("us")]
    [InlineData("jp")]
    [InlineData("in")]
    [InlineData("sa")]
    public void For_CommittedSeedsOfMarketplacesWithoutAPrivacyMailbox_ReturnsNoRecipient(string code)
    {
        var seeds = SeedFolder.Read();
        var market = seeds.Markets.Single(m => m.Code == code);
        var kind = market.GdprApplies ? LetterKinds.ErasureGdpr : LetterKinds.Closure;

        Assert.Null(LetterRecipient.For(kind, market, seeds.Channels));
    }

    [Theory]
    [InlineData("de", "eu-privacy@amazon.de")]
    [InlineData("pl", "eu-privacy@amazon.de")]
    [InlineData("nl", "privacy@amazon.nl")]
    [InlineData("gb", "eu-privacy@amazon.co.uk")]
    public void For_CommittedSeeds_AddressesTheVerifiedPrivacyMailbox(string code, string expected)
    {
        var seeds = SeedFolder.Read();
        var market = seeds.Markets.Single(m => m.Code == code);

        Assert.Equal(expected, LetterRecipient.For(LetterKinds.ErasureGdpr, market, seeds.Channels)?.Value);
    }
}
