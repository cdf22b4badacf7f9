using AccountExit.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CancelPrime;

/// <summary>Marker for Resources/Pages/CancelPrime/PrimeResource.*.resx: the cancel-Prime wizard.</summary>
public sealed class PrimeResource;

public static class PrimeSteps
{
    /// <summary>Choose, then call or callback as alternatives (only those the marketplace has), then refund.</summary>
    public static IReadOnlyList<WizardStep> For(string market, string current, PrimeRoutes routes, IStringLocalizer<PrimeResource> text)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(text);
        var contact = new List<WizardStep>();
        if (routes.Call)
        {
            contact.Add(WizardStep.Step("prime", market, current, "call", text["Step_Call"]));
        }

        if (routes.Callback)
        {
            contact.Add(WizardStep.Step("prime", market, current, "callback", text["Step_Callback"]));
        }

        var steps = new List<WizardStep> { WizardStep.Step("prime", market, current, "", text["Step_Choose"]) };
        if (contact.Count > 0)
        {
            steps.Add(WizardStep.OneOf(text["Step_Contact"], contact));
        }

        steps.Add(WizardStep.Step("prime", market, current, "refund", text["Step_Refund"]));
        return steps;
    }
}
