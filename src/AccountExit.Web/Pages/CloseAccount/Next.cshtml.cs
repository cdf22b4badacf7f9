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
    public AnswerDeadline Deadline => composer.CloseRequestDeadline(Market, composer.Today);

    /// <summary>The marketplace's main law, for what the page says about the letter and the complaint.</summary>
    public Core.Laws.Law? Law => composer.LawOf(Market);

    public bool OffersComplaint => LetterModel.OffersComplaint(Law);

    /// <summary>Whether the marketplace's request letter cites its law (the closure letter cites none).</summary>
    public bool CitesLaw => LetterKind.CloseRequestFor(Law).Cites(Law);

    public IActionResult OnGetIcs() => ReminderFile(
        () => DeadlineCalendar.Create(composer.Now, DeadlineCalendar.Escalation(text, Market, Deadline.Date, composer.Today, Position, origin.For(Request), OffersComplaint)));
}
