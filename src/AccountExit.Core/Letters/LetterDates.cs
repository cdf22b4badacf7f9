using System.Globalization;

namespace AccountExit.Core.Letters;

/// <summary>
/// A date as a letter writes it: day, month and year in the language's own order, never a weekday
/// (the long date patterns start with one, which breaks sentences such as "senast den 21 december").
/// Always the Gregorian calendar, so ar-SA does not switch to Hijri dates.
/// </summary>
public static class LetterDates
{
    private static readonly Dictionary<string, string> Patterns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "d MMMM yyyy",
        ["de"] = "d. MMMM yyyy",
        ["sv"] = "d MMMM yyyy",
        ["id"] = "d MMMM yyyy",
        ["ja"] = "yyyy年M月d日",
        ["ar"] = "d MMMM yyyy",
        ["fr"] = "d MMMM yyyy",
        ["it"] = "d MMMM yyyy",
        ["es"] = "d 'de' MMMM 'de' yyyy",
        ["nl"] = "d MMMM yyyy",
        ["pl"] = "d MMMM yyyy",
    };

    public static string Format(DateOnly day, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var culture = CultureInfo.GetCultureInfo(language);
        return day.ToString(Patterns.GetValueOrDefault(language) ?? "d MMMM yyyy", culture);
    }
}
