using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.GetData;

public sealed class NextModel(
    DirectoryStore directory, LetterComposer composer, IStringLocalizer<LetterResource> letters, IStringLocalizer<DataResource> text, Hosting.PublicOrigin origin)
    : MarketPageModel(directory)
{
    /// <summary>When the answer to this marketplace's access request is due.</summary>
    public DateOnly Deadline => (Market.GdprApplies ? LetterKind.AccessGdpr : LetterKind.Access).DeadlineFrom(composer.Today);

    public IActionResult OnGetIcs() => ReminderFile(
        () => DeadlineCalendar.Create(Market, composer.Now, Deadline, DataReminder.Text(text, Deadline, origin.For(Request) + Position.UrlOf("next")), letters));
}
