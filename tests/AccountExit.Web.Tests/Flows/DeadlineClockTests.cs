using System.Globalization;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AccountExit.Web.Tests.Flows;

/// <summary>
/// The answer deadline on a clock the test sets (FakeTimeProvider): one calendar month, so the end
/// of a longer month lands on the last day of February, and a new day starts at midnight UTC.
/// </summary>
public sealed class DeadlineClockTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly LetterForm Person = new("Erika Mustermann", "erika@example.com") { Language = "en" };

    [Theory]
    [InlineData("2027-01-31T12:00:00Z", "2027-02-28")]
    [InlineData("2028-01-31T12:00:00Z", "2028-02-29")]
    [InlineData("2027-03-31T08:00:00Z", "2027-04-30")]
    [InlineData("2027-02-28T08:00:00Z", "2027-03-28")]
    public async Task Letter_SentOnAMonthEnd_GivesTheLastDayOfTheShorterMonth(string now, string deadline)
    {
        var letter = await LetterOnAsync(new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture)));

        Assert.Contains(Long(deadline), letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_AroundMidnightUtc_TakesTheDayTheClockIsOn()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 14, 23, 59, 59, 999, TimeSpan.Zero));

        var before = await LetterOnAsync(clock);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var after = await LetterOnAsync(clock);

        Assert.Contains(Long("2027-04-14"), before.Body, StringComparison.Ordinal);
        Assert.Contains(Long("2027-04-15"), after.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Long("2027-04-15"), before.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CalendarReminder_IsForTheSameDeadlineAsTheLetter()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 31, 9, 0, 0, TimeSpan.Zero));
        using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

        var ics = await LetterPost.SendAsync(factory, "/close/de/letter", "erasure-gdpr", Person, "ics", culture: "en");

        Assert.Equal("20270228", LetterFormats.IcsValue(LetterFormats.UnfoldIcs(ics.Text), "DTSTART;VALUE=DATE"));
    }

    private async Task<ShownLetter> LetterOnAsync(FakeTimeProvider clock)
    {
        using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var response = await LetterPost.SendAsync(factory, "/close/de/letter", "erasure-gdpr", Person, culture: "en");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        return ShownLetter.Read(response.Text);
    }

    private static string Long(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("D", CultureInfo.GetCultureInfo("en"));
}
