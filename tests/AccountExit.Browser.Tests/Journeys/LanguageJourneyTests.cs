using System.Text.RegularExpressions;
using AccountExit.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class LanguageJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SwitchingToJapaneseOnAStep_KeepsJapaneseOnTheNextStep()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/close/de/how");
        await page.ExpectLanguageAsync("en");
        await page.GetByTestId("language-ja").ClickAsync();
        await page.ExpectLanguageAsync("ja");
        await Expect(page).ToHaveURLAsync(new Regex(@"/close/de/how\?culture=ja$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Expect(page.GetByTestId("language-ja")).ToHaveAttributeAsync("aria-current", "true");

        await page.GetByTestId("next-step").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/close/de/letter$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await page.ExpectLanguageAsync("ja");
        await Expect(page.GetByTestId("language-ja")).ToHaveAttributeAsync("aria-current", "true");
    }
}
