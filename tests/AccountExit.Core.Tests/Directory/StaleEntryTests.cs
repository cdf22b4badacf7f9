using AccountExit.Core.Directory;

namespace AccountExit.Core.Tests.Directory;

public sealed class StaleEntryTests
{
    [Theory]
    [InlineData("2025-11-21", "2026-11-21", false)]
    [InlineData("2025-11-20", "2026-11-21", true)]
    [InlineData("2026-11-21", "2026-11-21", false)]
    public void IsStale_AfterTwelveMonthsWithoutVerification(string verifiedOn, string today, bool stale)
    {
        var channel = new Channel { Key = "x", Kind = ChannelKinds.Email, Role = "customer-service", Quality = Qualities.Derived, VerifiedOn = DateOnly.Parse(verifiedOn, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(stale, channel.IsStale(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Href_ForAPhoneWithoutE164_IsNull_SoAnUnplacedNumberIsNeverDialledInTheWrongCountry()
    {
        var channel = new Channel { Key = "x", Kind = ChannelKinds.Phone, Role = "customer-service", Quality = Qualities.Sourced, Value = "800 810 251" };

        Assert.Null(channel.Href);
    }

    [Fact]
    public void Href_ForAPhoneWithE164_IsATelLink()
    {
        var channel = new Channel { Key = "x", Kind = ChannelKinds.Phone, Role = "customer-service", Quality = Qualities.Sourced, Value = "0120-999-373", E164 = "+81120999373" };

        Assert.Equal("tel:+81120999373", channel.Href);
    }
}
