using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CloseAccount;

/// <summary>Marker for Resources/Pages/CloseAccount/CloseResource.*.resx: the close-account wizard.</summary>
public sealed class CloseResource;

public sealed class CloseFlow() : FlowDescription(
    "close", 1, typeof(CloseResource), Purposes.CloseAccount,
    [
        new("", "Index", "Step_Before"),
        new("how", "How", "Step_How"),
        new("letter", "Letter", "Step_Letter"),
        new("next", "Next", "Step_Next"),
    ]);
