using PublicHoliday;

namespace AccountExit.Core.Laws;

/// <summary>
/// A country's working days: Monday to Friday except its national public holidays, from the
/// PublicHoliday library. A country the library does not cover counts weekends only (<see cref="Covers"/>).
/// </summary>
public sealed class WorkingDays
{
    private static readonly Dictionary<string, Func<IPublicHolidays>> Calendars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ca"] = () => new CanadaPublicHoliday(),
        ["de"] = () => new GermanPublicHoliday(),
        ["es"] = () => new SpainPublicHoliday(),
        ["fr"] = () => new FrancePublicHoliday(),
        ["gb"] = () => new UKBankHoliday(),
        ["it"] = () => new ItalyPublicHoliday(),
        ["jp"] = () => new JapanPublicHoliday(),
        ["lu"] = () => new LuxembourgPublicHoliday(),
        ["nl"] = () => new DutchPublicHoliday(),
        ["pl"] = () => new PolandPublicHoliday(),
        ["se"] = () => new SwedenPublicHoliday(),
        ["us"] = () => new USAPublicHoliday(),
    };

    private readonly IPublicHolidays? holidays;

    private WorkingDays(IPublicHolidays? holidays) => this.holidays = holidays;

    public static WorkingDays For(string country) => new(Calendars.TryGetValue(country, out var create) ? create() : null);

    public static bool Covers(string country) => Calendars.ContainsKey(country);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && holidays?.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue)) != true;

    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var day = from;
        for (var added = 0; added < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }
}
