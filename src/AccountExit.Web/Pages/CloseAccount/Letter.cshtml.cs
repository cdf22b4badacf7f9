using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class LetterModel(LetterStepServices services) : LetterPageModel(services)
{
    /// <summary>The erasure letter cites the GDPR only where it applies; elsewhere the closure letter cites no law.</summary>
    public override IReadOnlyList<string> KindsFor(Market market) =>
    [
        market.GdprApplies ? LetterKinds.ErasureGdpr : LetterKinds.Closure,
        LetterKinds.FollowUp,
        LetterKinds.Complaint,
    ];
}
