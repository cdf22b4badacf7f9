using System.Globalization;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AccountExit.Web.Tests.Flows;

/// <summary>
/// The answer deadline on a clock the test sets (FakeTimeProvider): one calendar month under the GDPR,
/// so the end of a longer month lands on the last day of February; a period ending on a weekend or a
/// German public holiday runs to the next working day (Regulation 1182/71, Art. 3(4)); a new day
/// starts at midnight UTC. And the follow-up and complaint know whether the answer is late.
/// </summary>
public sealed class DeadlineClockTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly LetterForm Person = new("Erika Mustermann", "erika@example.com") { Language = "en" };

    [Theory]
    [InlineData("2027-01-31T12:00:00Z", "2027-03-01")] // 28 February 2027 is a Sunday
    [InlineData("2028-01-31T12:00:00Z", "2028-02-29")]
    [InlineData("2027-03-31T08:00:00Z", "2027-04-30")]
    [InlineData("2027-02-28T08:00:00Z", "2027-03-30")] // 28 March is Easter Sunday, 29 March Easter Monday
    [InlineData("2026-12-01T08:00:00Z", "2027-01-04")] // 1 January 2027 is a Friday and New Year's Day
    public async Task Letter_SentOnAMonthEnd_GivesTheLastDayOfTheShorterMonth_OnAWorkingDay(string now, string deadline)
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

        Assert.Equal("20270301", LetterFormats.IcsValue(LetterFormats.UnfoldIcs(ics.Text), "DTSTART;VALUE=DATE"));
    }

    [Fact]
    public async Task ErasureCalendar_HoldsTheDeadline_AndTheDayToComplain_EachLinkingToItsLetter()
    {
        using var factory = OnDay("2026-12-01T10:00:00Z");

        var ics = await LetterPost.SendAsync(factory, "/close/de/letter", "erasure-gdpr", Person, "ics", culture: "en");

        var text = LetterFormats.UnfoldIcs(ics.Text);
        var starts = text.Where(line => line.StartsWith("DTSTART;VALUE=DATE:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["DTSTART;VALUE=DATE:20270104", "DTSTART;VALUE=DATE:20270118"], starts);
        var descriptions = text.Where(line => line.StartsWith("DESCRIPTION:", StringComparison.Ordinal) && line.Contains("http", StringComparison.Ordinal))
            .Select(LetterFormats.UnescapeIcsText).ToList();
        Assert.Contains(descriptions, d => d.Contains("/close/de/letter?kind=follow-up&sent=2026-12-01", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("/close/de/letter?kind=complaint&sent=2026-12-01", StringComparison.Ordinal));
        Assert.DoesNotContain("Erika", ics.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("erika@example.com", ics.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("follow-up")]
    [InlineData("complaint")]
    public async Task FollowUpAndComplaint_DatedInTheFuture_AreRefusedNextToTheDate(string kind)
    {
        using var factory = OnDay("2026-12-01T10:00:00Z");

        var response = await LetterPost.SendAsync(factory, "/close/de/letter", kind, Person with { OriginalDate = "2027-03-01", Authority = "de-by" }, culture: "en");

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(Resx.Value("Pages/Letters/LetterResource", "en", "Error_OriginalDate_Future"), Html.Text(Html.ByTestId(response.Text, "error-OriginalDate")!));
        Assert.Null(Html.ByTestId(response.Text, "letter"));
        Assert.Contains("value=\"2027-03-01\"", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_DatedLastWeek_SaysWhenTheAnswerIsDue_AndClaimsNoBreach()
    {
        using var factory = OnDay("2026-12-01T10:00:00Z");

        var response = await LetterPost.SendAsync(factory, "/close/de/letter", "follow-up", Person with { OriginalDate = "2026-11-24" }, culture: "en");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Contains("24 December 2026", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("has passed", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Art. 77", letter.Body, StringComparison.Ordinal);
        Assert.Contains("24 December 2026", Html.Text(Html.ByTestId(response.Text, "deadline-not-passed")!), StringComparison.Ordinal);
        Assert.NotNull(Html.ByTestId(response.Text, "download-ics"));
    }

    [Fact]
    public async Task FollowUp_AfterTheDeadline_SaysThePeriodHasPassed_CitingArticle12Paragraph4()
    {
        using var factory = OnDay("2026-12-01T10:00:00Z");

        var response = await LetterPost.SendAsync(factory, "/close/de/letter", "follow-up", Person with { OriginalDate = "2026-09-01" }, culture: "en");

        var letter = ShownLetter.Read(response.Text);
        Assert.Contains("has passed", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Art. 12(4)", letter.Body, StringComparison.Ordinal);
        Assert.Null(Html.ByTestId(response.Text, "deadline-not-passed"));
    }

    [Fact]
    public async Task Complaint_BeforeTheDeadline_IsRefused_WithTheDateItEnds()
    {
        using var factory = OnDay("2026-12-01T10:00:00Z");

        var response = await LetterPost.SendAsync(factory, "/close/de/letter", "complaint", Person with { OriginalDate = "2026-11-24", Authority = "de-by" }, culture: "en");

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Contains("24 December 2026", Html.Text(Html.ByTestId(response.Text, "error-OriginalDate")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComplaintCalendar_IsForTheAuthoritysThreeMonths()
    {
        using var factory = OnDay("2026-12-01T10:00:00Z");

        var ics = await LetterPost.SendAsync(factory, "/close/de/letter", "complaint", Person with { OriginalDate = "2026-09-01", Authority = "de-by" }, "ics", culture: "en");

        var text = LetterFormats.UnfoldIcs(ics.Text);
        Assert.Equal("20270301", LetterFormats.IcsValue(text, "DTSTART;VALUE=DATE"));
        Assert.Contains("Art. 78(2)", LetterFormats.UnescapeIcsText(LetterFormats.IcsValue(text, "DESCRIPTION")), StringComparison.Ordinal);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> OnDay(string now)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        return app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
    }

    private async Task<ShownLetter> LetterOnAsync(FakeTimeProvider clock)
    {
        using var factory = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var response = await LetterPost.SendAsync(factory, "/close/de/letter", "erasure-gdpr", Person, culture: "en");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        return ShownLetter.Read(response.Text);
    }

    private static string Long(string date) => AccountExit.Core.Letters.LetterDates.Format(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), "en");
}
