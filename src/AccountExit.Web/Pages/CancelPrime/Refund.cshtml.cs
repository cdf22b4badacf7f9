using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Letters;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.CancelPrime;

public sealed class RefundModel(DirectoryStore directory, LetterComposer composer) : PrimeChannelsModel(directory)
{
    public RenderedLetter? Script { get; private set; }

    public string ScriptLanguage { get; private set; } = "en";

    public RenderedLetter? Translation { get; private set; }

    protected override void Load()
    {
        base.Load();
        var languages = composer.Languages(LetterKinds.PrimeCallScript);
        ScriptLanguage = LetterComposer.DefaultLanguage(Market, languages);
        Script = composer.RenderScript(Market, LetterKinds.PrimeCallScript, ScriptLanguage);
        if (ScriptLanguage != LanguageLinks.Current)
        {
            Translation = composer.RenderScript(Market, LetterKinds.PrimeCallScript, LanguageLinks.Current);
        }
    }
}
