using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CancelPrime;

public sealed class LetterModel(LetterStepServices services) : LetterPageModel(services)
{
    public override IReadOnlyList<string> KindsFor(Market market, Core.Laws.Law? law) => [LetterKinds.PrimeRefund];

    public override bool Offers(FlowStep step) => PrimeRoutes.In(FlowChannels).Has(step.Segment);
}
