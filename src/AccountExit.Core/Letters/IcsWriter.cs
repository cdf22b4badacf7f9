using System.Globalization;
using System.Text;

namespace AccountExit.Core.Letters;

/// <summary>One all-day event: a day, its title and what to do then.</summary>
public sealed record CalendarEvent(DateOnly Day, string Summary, string Description);

/// <summary>An RFC 5545 calendar of all-day events, each with a morning alarm: escaped text, CRLF lines folded at 75 octets.</summary>
public static class IcsWriter
{
    public static byte[] Write(string uidPrefix, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(events);
        var lines = new List<string> { "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AccountExit//Deadline reminder//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH" };
        var number = 0;
        foreach (var item in events)
        {
            lines.AddRange(
            [
                "BEGIN:VEVENT",
                $"UID:{uidPrefix}-{++number}@accountexit",
                "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
                "DTSTART;VALUE=DATE:" + item.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                "DTEND;VALUE=DATE:" + item.Day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                "SUMMARY:" + Escape(item.Summary),
                "DESCRIPTION:" + Escape(item.Description),
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:" + Escape(item.Summary),
                "TRIGGER:PT9H",
                "END:VALARM",
                "END:VEVENT",
            ]);
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(Fold(line)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .ReplaceLineEndings("\\n");
    }

    private static string Fold(string line)
    {
        var folded = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.ToString();
    }
}
