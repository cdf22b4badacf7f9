using System.Globalization;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Letters;

/// <summary>The .ics reminder for the answer deadline; it carries no personal data, only the date and the follow-up link.</summary>
public static class DeadlineCalendar
{
    /// <param name="description">What the reminder tells the person to do when no answer came.</param>
    public static byte[] Create(Market market, DateTimeOffset now, DateOnly deadline, string description, IStringLocalizer<LetterResource> text)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(text);
        return IcsWriter.Write($"{Guid.NewGuid()}@accountexit", deadline, text["Ics_Summary", market.Domain], description, now);
    }

    /// <summary>The reminder's text that links to the flow's follow-up letter, dated today (the letter form's <c>sent</c> value).</summary>
    public static string FollowUpReminder(IStringLocalizer<LetterResource> text, DateOnly deadline, FlowPosition position, string origin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(position);
        var sent = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return text["Ics_Description", deadline.ToString("D"), origin + position.UrlOf("letter", new { kind = LetterKinds.FollowUp, sent })];
    }

    public static string FileName(Market market) => $"accountexit-deadline-{market?.Code}.ics";
}
