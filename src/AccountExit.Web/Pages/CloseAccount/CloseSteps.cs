using AccountExit.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CloseAccount;

public static class CloseSteps
{
    public static IReadOnlyList<WizardStep> For(string market, string current, IStringLocalizer<CloseResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WizardStep.For("close", market, current, ("", text["Step_Before"]), ("how", text["Step_How"]), ("letter", text["Step_Letter"]), ("next", text["Step_Next"]));
    }
}
