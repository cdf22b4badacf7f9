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
    public AnswerDeadline Deadline
    {
        get
        {
            var law = composer.LawOf(Market);
            return LetterKind.AccessRequestFor(law).DeadlineFor(law, Market.Code, composer.Today);
        }
    }

    public IActionResult OnGetIcs() => ReminderFile(
        () => DeadlineCalendar.Create(composer.Now, [DataReminder.Event(text, Market, Deadline.Date, origin.For(Request) + Position.UrlOf("next"), letters)]));
}
