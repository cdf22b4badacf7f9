using AccountExit.Core.Directory;
using AccountExit.Core.Laws;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class LetterModel(LetterStepServices services) : LetterPageModel(services)
{
    /// <summary>
    /// The erasure letter of the marketplace's law where that law is in force, else the closure letter,
    /// which cites none; the complaint only where the law names an authority to complain to.
    /// </summary>
    public override IReadOnlyList<string> KindsFor(Market market, Law? law) =>
        OffersComplaint(law)
            ? [LetterKind.CloseRequestFor(law).Code, LetterKinds.FollowUp, LetterKinds.Complaint]
            : [LetterKind.CloseRequestFor(law).Code, LetterKinds.FollowUp];

    public static bool OffersComplaint(Law? law) => law is { InForce: true, Complaint: not null } && law.Authorities.Any(IsReachable);

    /// <summary>An authority a letter can reach: one whose email, web form or postal address a source gives.</summary>
    public static bool IsReachable(Authority authority) => authority is { Email: not null } or { WebForm: not null } or { Postal: not null };
}
