using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CancelPrime;

/// <summary>Marker for Resources/Pages/CancelPrime/PrimeResource.*.resx: the cancel-Prime wizard.</summary>
public sealed class PrimeResource;

/// <summary>Choose, then call or callback as alternatives (only those the marketplace has), then refund and its letter.</summary>
public sealed class PrimeFlow() : FlowDescription(
    "prime", 3, typeof(PrimeResource), Purposes.CancelPrime,
    [
        new("", "Index", "Step_Choose"),
        new("call", "Call", "Step_Call", Group: "Step_Contact"),
        new("callback", "Callback", "Step_Callback", Group: "Step_Contact"),
        new("refund", "Refund", "Step_Refund"),
        new("letter", "Letter", Label: null, Within: "refund"),
    ]);
