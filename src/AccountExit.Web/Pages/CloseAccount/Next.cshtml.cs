using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class NextModel(DirectoryStore directory, LetterComposer composer, IStringLocalizer<LetterResource> text, Hosting.PublicOrigin origin) : MarketPageModel(directory)
{
    /// <summary>When the answer to this marketplace's closure letter is due.</summary>
    public DateOnly Deadline => (Market.GdprApplies ? LetterKind.ErasureGdpr : LetterKind.Closure).DeadlineFrom(composer.Today);

    public IActionResult OnGetIcs() => ReminderFile(
        () => DeadlineCalendar.Create(Market, composer.Now, Deadline, DeadlineCalendar.FollowUpReminder(text, Deadline, Position, origin.For(Request), composer.Now), text));
}
