using AccountExit.Core.Directory;

namespace AccountExit.Core.Laws;

/// <summary>How long a company has to answer under a law, and how the period is counted.</summary>
public sealed class LawDeadline
{
    public int Length { get; set; }

    /// <summary>The rights the period is stated for (PIPEDA's 30 days are for access only); empty for every right.</summary>
    public List<string> AppliesTo { get; set; } = [];

    public bool Covers(string? right) => AppliesTo.Count == 0 || (right is not null && AppliesTo.Contains(right));

    /// <summary><see cref="PeriodUnits.Months"/> or <see cref="PeriodUnits.Days"/>.</summary>
    public string Unit { get; set; } = PeriodUnits.Months;

    /// <summary><see cref="Counting.Calendar"/> or <see cref="Counting.Business"/> days.</summary>
    public string Counting { get; set; } = Laws.Counting.Calendar;

    /// <summary>A period that ends on a weekend or public holiday ends at the end of the next working day.</summary>
    public bool NextWorkingDay { get; set; }

    /// <summary>The law says only "without delay" and gives no number of days: the letter asks for a date, it does not claim one.</summary>
    public bool WithoutDelayOnly { get; set; }

    public Period? Extension { get; set; }

    /// <summary>How soon the company must confirm it received the request (CCPA: 10 business days).</summary>
    public Period? Receipt { get; set; }

    public string Article { get; set; } = "";

    public List<SourceRef> Sources { get; set; } = [];

    public List<SourceRef> WorkingDaySources { get; set; } = [];

    /// <summary>The last day of the period for a request sent on <paramref name="sent"/>, counted in <paramref name="country"/>'s calendar; null when the law gives no number.</summary>
    public PeriodEnd? EndFor(DateOnly sent, string country)
    {
        if (WithoutDelayOnly || Length <= 0)
        {
            return null;
        }

        var calendar = WorkingDays.For(country);
        var end = (Unit, Counting) switch
        {
            (PeriodUnits.Months, _) => sent.AddMonths(Length),
            (PeriodUnits.Days, Laws.Counting.Business) => calendar.AddWorkingDays(sent, Length),
            _ => sent.AddDays(Length),
        };
        var moved = NextWorkingDay ? calendar.OnOrAfter(end) : end;
        return new PeriodEnd(moved, Moved: moved != end);
    }
}

/// <param name="Moved">The period ended on a weekend or public holiday and moved to the next working day.</param>
public sealed record PeriodEnd(DateOnly Date, bool Moved);

public static class PeriodUnits
{
    public const string Months = "months";
    public const string Days = "days";

    public static readonly IReadOnlyList<string> All = [Months, Days];
}

public static class Counting
{
    public const string Calendar = "calendar";
    public const string Business = "business";

    public static readonly IReadOnlyList<string> All = [Calendar, Business];
}
