using System.Globalization;
using AccountExit.Core.Laws;
using AccountExit.Core.Letters;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Laws;

/// <summary>The answer deadline each committed law gives, counted in the marketplace's calendar.</summary>
public sealed class DeadlineTests
{
    private static Law LawOf(string code) => SeedFolder.Read().Laws.Single(l => l.Code == code);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static AnswerDeadline CloseDeadline(string law, string country, string sent)
    {
        var rule = LawOf(law);
        return LetterKind.CloseRequestFor(rule).DeadlineFor(rule, country, Day(sent));
    }

    [Theory]
    [InlineData("de", "2026-12-01", "2027-01-04", true)] // 1 January 2027 is a Friday and a public holiday
    [InlineData("se", "2027-01-31", "2027-03-01", true)] // 28 February 2027 is a Sunday
    [InlineData("fr", "2028-01-31", "2028-02-29", false)] // a leap-year Tuesday stays
    [InlineData("it", "2027-12-15", "2028-01-17", true)] // 15 January 2028 is a Saturday
    [InlineData("es", "2027-03-10", "2027-04-12", true)] // 10 April 2027 is a Saturday
    public void Gdpr_GivesOneCalendarMonth_EndingOnAWorkingDay(string country, string sent, string due, bool moved)
    {
        var deadline = CloseDeadline("gdpr", country, sent);
        Assert.Equal(new AnswerDeadline(Day(due), Legal: true, moved), deadline);
    }

    [Fact]
    public void UkGdpr_MovesPastChristmasAndTheBoxingDaySubstitute()
    {
        // 25 December 2026 is a Friday; 28 December is the substitute bank holiday for Boxing Day.
        Assert.Equal(new AnswerDeadline(Day("2026-12-29"), Legal: true, Moved: true), CloseDeadline("uk-gdpr", "gb", "2026-11-25"));
    }

    [Fact]
    public void Ccpa_Gives45CalendarDays_WithoutMovingThem()
    {
        Assert.Equal(new AnswerDeadline(Day("2027-01-15"), Legal: true, Moved: false), CloseDeadline("ccpa", "us", "2026-12-01"));
    }

    [Fact]
    public void SaudiPdpl_Gives30Days()
    {
        Assert.Equal(new AnswerDeadline(Day("2026-12-31"), Legal: true, Moved: false), CloseDeadline("pdpl-sa", "sa", "2026-12-01"));
    }

    [Theory]
    [InlineData("appi", "jp")] // "without delay", no number of days
    [InlineData("pipeda", "ca")] // its 30 days are for access requests, not for withdrawing consent
    [InlineData("dpdp", "in")] // not in force
    [InlineData("pdpl-ae", "ae")]
    [InlineData("pdpl-eg", "eg")]
    public void WhereTheLawGivesNoPeriodForTheLetter_TheLetterAsksForOneMonth_AndClaimsNothing(string law, string country)
    {
        Assert.Equal(new AnswerDeadline(Day("2027-01-01"), Legal: false, Moved: false), CloseDeadline(law, country, "2026-12-01"));
    }

    [Theory]
    [InlineData("gdpr", LetterKinds.ErasureGdpr)]
    [InlineData("uk-gdpr", LetterKinds.ErasureGdpr)]
    [InlineData("appi", LetterKinds.ErasureAppi)]
    [InlineData("ccpa", LetterKinds.ErasureCcpa)]
    [InlineData("pipeda", LetterKinds.ErasurePipeda)]
    [InlineData("pdpl-sa", LetterKinds.ErasurePdplSa)]
    [InlineData("dpdp", LetterKinds.Closure)]
    [InlineData("pdpl-ae", LetterKinds.Closure)]
    [InlineData("pdpl-eg", LetterKinds.Closure)]
    public void TheCloseRequest_CitesALaw_OnlyWhereItIsInForce(string law, string kind) =>
        Assert.Equal(kind, LetterKind.CloseRequestFor(LawOf(law)).Code);

    [Fact]
    public void PipedaAccessRequests_DoHaveThirtyDays()
    {
        var pipeda = LawOf("pipeda");
        Assert.Equal(Day("2026-12-31"), pipeda.Deadline!.EndFor(Day("2026-12-01"), "ca")!.Date);
        Assert.True(pipeda.Deadline.Covers(Rights.Access));
        Assert.False(pipeda.Deadline.Covers(Rights.WithdrawConsent));
    }

    [Theory]
    [InlineData("en", "21 December 2026")]
    [InlineData("de", "21. Dezember 2026")]
    [InlineData("sv", "21 december 2026")]
    [InlineData("id", "21 Desember 2026")]
    [InlineData("ja", "2026年12月21日")]
    [InlineData("ar", "21 ديسمبر 2026")]
    [InlineData("pl", "21 grudnia 2026")]
    [InlineData("es", "21 de diciembre de 2026")]
    public void LetterDates_HaveNoWeekday(string language, string expected) =>
        Assert.Equal(expected, LetterDates.Format(Day("2026-12-21"), language));
}
