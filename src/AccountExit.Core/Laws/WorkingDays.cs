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

    // The library computes a year's holidays on every question; a letter asks about a few days, so each year is kept once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Country, int Year), HashSet<DateOnly>> Years = new();

    private readonly string country;

    private WorkingDays(string country) => this.country = country;

    public static WorkingDays For(string country) => new(country.ToLowerInvariant());

    public static bool Covers(string country) => Calendars.ContainsKey(country);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidaysIn(day.Year).Contains(day);

    private HashSet<DateOnly> HolidaysIn(int year) => Years.GetOrAdd((country, year), key =>
        Calendars.TryGetValue(key.Country, out var create)
            ? [.. create().PublicHolidays(key.Year).Select(DateOnly.FromDateTime)]
            : []);

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
