using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.UnlockAccount;

public sealed class LetterModel(AccountExitDbContext db, LetterComposer composer, IStringLocalizer<LetterResource> text)
    : LetterPageModel(db, composer, text)
{
    public override string Flow => "unlock";

    public override IReadOnlyList<string> KindsFor(Market market) => [LetterKinds.UnlockAppeal];
}
