using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.UnlockAccount;

/// <summary>Marker for Resources/Pages/UnlockAccount/UnlockResource.*.resx: the unlock wizard.</summary>
public sealed class UnlockResource;

public sealed class UnlockFlow() : FlowDescription(
    "unlock", 2, typeof(UnlockResource), Purposes.UnlockAccount,
    [
        new("", "Index", "Step_What"),
        new("contact", "Contact", "Step_Contact"),
        new("letter", "Letter", "Step_Letter"),
        new("tips", "Tips", "Step_Tips"),
    ]);
