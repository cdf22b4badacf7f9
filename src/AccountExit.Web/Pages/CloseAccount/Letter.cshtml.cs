using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class LetterModel(AccountExitDbContext db, LetterComposer composer, IStringLocalizer<LetterResource> text)
    : LetterPageModel(db, composer, text)
{
    public override string Flow => "close";

    /// <summary>The erasure letter cites the GDPR only where it applies; elsewhere the closure letter cites no law.</summary>
    public override IReadOnlyList<string> KindsFor(Market market) =>
    [
        market.GdprApplies ? LetterKinds.ErasureGdpr : LetterKinds.Closure,
        LetterKinds.FollowUp,
        LetterKinds.Complaint,
    ];
}
