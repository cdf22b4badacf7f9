using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.GetData;

public sealed class LetterModel(LetterStepServices services, IStringLocalizer<DataResource> text) : LetterPageModel(services)
{
    /// <summary>The access request cites Art. 15 only where the GDPR applies; elsewhere it asks without citing a law.</summary>
    public override IReadOnlyList<string> KindsFor(Market market) => [market.GdprApplies ? LetterKinds.AccessGdpr : LetterKinds.Access];

    /// <summary>There is no follow-up letter for an access request: the reminder points to what happens next.</summary>
    protected override string ReminderText(DateOnly deadline, string origin, DateTimeOffset now) =>
        DataReminder.Text(text, deadline, origin + Position.UrlOf("next"));
}

public static class DataReminder
{
    public static string Text(IStringLocalizer<DataResource> text, DateOnly deadline, string nextStepsUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text["Ics_Description", deadline.ToString("D"), nextStepsUrl];
    }
}
