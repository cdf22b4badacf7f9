using AccountExit.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CancelPrime;

/// <summary>Marker for Resources/Pages/CancelPrime/PrimeResource.*.resx: the cancel-Prime wizard.</summary>
public sealed class PrimeResource;

public static class PrimeSteps
{
    public static IReadOnlyList<WizardStep> For(string market, string current, IStringLocalizer<PrimeResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WizardStep.For("prime", market, current, ("", text["Step_Choose"]), ("call", text["Step_Call"]), ("callback", text["Step_Callback"]), ("refund", text["Step_Refund"]));
    }
}
