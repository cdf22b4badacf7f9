using System.Globalization;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Letters;

/// <summary>The .ics reminder for the answer deadline; it carries no personal data, only the date and the follow-up link.</summary>
public static class DeadlineCalendar
{
    public static byte[] Create(Market market, string flow, DateTimeOffset now, DateOnly deadline, string origin, IStringLocalizer<LetterResource> text)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(text);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var followUp = $"{origin}/{flow}/{market.Code}/letter?kind={LetterKinds.FollowUp}&sent={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return IcsWriter.Write(
            $"{Guid.NewGuid()}@accountexit",
            deadline,
            text["Ics_Summary", market.Domain],
            text["Ics_Description", deadline.ToString("D"), followUp],
            now);
    }

    public static string FileName(Market market) => $"accountexit-deadline-{market?.Code}.ics";
}
