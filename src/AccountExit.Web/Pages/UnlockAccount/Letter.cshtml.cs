using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;

namespace AccountExit.Web.Pages.UnlockAccount;

public sealed class LetterModel(LetterStepServices services) : LetterPageModel(services)
{
    public override IReadOnlyList<string> KindsFor(Market market, Core.Laws.Law? law) => [LetterKinds.UnlockAppeal];
}
