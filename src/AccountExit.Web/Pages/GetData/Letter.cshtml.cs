using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.GetData;

public sealed class LetterModel(LetterStepServices services, IStringLocalizer<DataResource> text) : LetterPageModel(services)
{
    /// <summary>The access request cites Art. 15 only where the GDPR applies; elsewhere it asks without citing a law.</summary>
    public override IReadOnlyList<string> KindsFor(Market market, Core.Laws.Law? law) => [LetterKind.AccessRequestFor(law).Code];

    /// <summary>There is no follow-up letter for an access request: the reminder points to what happens next.</summary>
    protected override IEnumerable<CalendarEvent> Reminders(ComposedLetter letter, string origin)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return [DataReminder.Event(text, Market, letter.Deadline.Date, origin + Position.UrlOf("next"), Text)];
    }
}

public static class DataReminder
{
    public static CalendarEvent Event(IStringLocalizer<DataResource> text, Market market, DateOnly deadline, string nextStepsUrl, IStringLocalizer<LetterResource> letters)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(letters);
        ArgumentNullException.ThrowIfNull(market);
        return new CalendarEvent(deadline, letters["Ics_Summary", market.Domain], text["Ics_Description", DeadlineCalendar.Date(deadline), nextStepsUrl]);
    }
}
