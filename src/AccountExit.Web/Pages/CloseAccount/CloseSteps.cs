using AccountExit.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CloseAccount;

public static class CloseSteps
{
    public static IReadOnlyList<WizardStep> For(string market, string current, IStringLocalizer<CloseResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            new(text["Step_Before"], $"/close/{market}", current == "before"),
            new(text["Step_How"], $"/close/{market}/how", current == "how"),
            new(text["Step_Letter"], $"/close/{market}/letter", current == "letter"),
            new(text["Step_Next"], $"/close/{market}/next", current == "next"),
        ];
    }
}
