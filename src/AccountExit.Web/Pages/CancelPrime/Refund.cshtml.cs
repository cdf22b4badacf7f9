using AccountExit.Core;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CancelPrime;

public sealed class RefundModel(AccountExitDbContext db, LetterComposer composer) : PrimeChannelsModel(db)
{
    public RenderedLetter? Script { get; private set; }

    public string ScriptLanguage { get; private set; } = "en";

    public RenderedLetter? Translation { get; private set; }

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        var languages = await composer.LanguagesAsync(LetterKinds.PrimeCallScript, cancellationToken);
        ScriptLanguage = LetterComposer.DefaultLanguage(Market, languages);
        Script = await composer.RenderScriptAsync(Market, LetterKinds.PrimeCallScript, ScriptLanguage, cancellationToken);
        if (ScriptLanguage != LanguageLinks.Current)
        {
            Translation = await composer.RenderScriptAsync(Market, LetterKinds.PrimeCallScript, LanguageLinks.Current, cancellationToken);
        }
    }
}
