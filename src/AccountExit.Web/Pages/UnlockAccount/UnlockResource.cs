namespace AccountExit.Web.Pages.UnlockAccount;

/// <summary>Marker for Resources/Pages/UnlockAccount/UnlockResource.*.resx: the unlock wizard.</summary>
public sealed class UnlockResource;

public static class UnlockSteps
{
    public static IReadOnlyList<Shared.WizardStep> For(string market, string current, Microsoft.Extensions.Localization.IStringLocalizer<UnlockResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shared.WizardStep.For("unlock", market, current, ("", text["Step_What"]), ("contact", text["Step_Contact"]), ("letter", text["Step_Letter"]), ("tips", text["Step_Tips"]));
    }
}
