using System.Globalization;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Letters;

/// <summary>The .ics reminders; they carry no personal data, only dates and links to the next letter.</summary>
public static class DeadlineCalendar
{
    /// <summary>
    /// How long after the deadline the calendar suggests the complaint: time for the follow-up to be
    /// answered. Our suggestion, not a legal period, and the reminder says so.
    /// </summary>
    public const int ComplaintAfterDays = 14;

    public static byte[] Create(DateTimeOffset now, IEnumerable<CalendarEvent> events) => IcsWriter.Write(Guid.NewGuid().ToString(), events, now);

    /// <summary>
    /// The escalation calendar for a request sent on <paramref name="sent"/>: the deadline, linking to the
    /// follow-up letter, and, where a complaint is possible, the day to send it, linking to the complaint.
    /// </summary>
    public static IEnumerable<CalendarEvent> Escalation(
        IStringLocalizer<LetterResource> text, Market market, DateOnly deadline, DateOnly sent, FlowPosition position, string origin, bool offersComplaint)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(position);
        var sentValue = sent.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return new CalendarEvent(
            deadline,
            text["Ics_Summary", market.Domain],
            text["Ics_Description", Date(deadline), origin + position.UrlOf("letter", new { kind = LetterKinds.FollowUp, sent = sentValue })]);
        if (offersComplaint)
        {
            yield return new CalendarEvent(
                deadline.AddDays(ComplaintAfterDays),
                text["Ics_Complaint_Summary", market.Domain],
                text["Ics_Complaint_Description", ComplaintAfterDays, origin + position.UrlOf("letter", new { kind = LetterKinds.Complaint, sent = sentValue })]);
        }
    }

    /// <summary>A date in the page's language, without a weekday.</summary>
    public static string Date(DateOnly day) => LetterDates.Format(day, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static string FileName(Market market) => $"accountexit-deadline-{market?.Code}.ics";
}
