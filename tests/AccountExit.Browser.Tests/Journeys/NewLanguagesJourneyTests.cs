using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using AccountExit.Core.Seeding;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

/// <summary>
/// Issue 13: a person whose browser speaks French, Italian, Spanish, Dutch or Polish comes to the home page,
/// closes the account on their marketplace and reads every step, the letter and the next steps in their language.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class NewLanguagesJourneyTests(BrowserFixture fixture)
{
    private static readonly Lazy<SeedSet> Seeds = new(() => SeedReader.Read(RepoPaths.Seeds));

    [Theory]
    [InlineData("fr-FR", "fr", "fr", "Jeanne Dupont")]
    [InlineData("it-IT", "it", "it", "Giulia Rossi")]
    [InlineData("es-ES", "es", "es", "Lucía García")]
    [InlineData("nl-NL", "nl", "nl", "Sanne de Vries")]
    [InlineData("pl-PL", "pl", "pl", "Anna Kowalska")]
    [InlineData("fr-BE", "fr", "fr", "Luc Peeters")]
    public async Task FromTheHomePage_ClosingTheAccount_SpeaksTheBrowsersLanguage_AndWritesTheLetterInIt(string locale, string culture, string market, string name)
    {
        await using var context = await fixture.NewContextAsync(viewport: Viewports.Phone.Size, locale: locale);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.ExpectLanguageAsync(culture);
        await Expect(page.Locator("select#market")).ToHaveValueAsync(market);
        await page.GetByTestId("action-close").ClickAsync();
        await Expect(page).ToHaveURLAsync(Wizard.PathPattern($"/close/{market}"));
        await page.ExpectLanguageAsync(culture);
        await page.ContinueToAsync($"/close/{market}/how");
        await page.ExpectLanguageAsync(culture);
        await page.ContinueToAsync($"/close/{market}/letter");

        var letter = new LetterStep(page);
        await Expect(letter.Language).ToHaveValueAsync(culture);
        await letter.WriteAsync(LetterDetails.Erika with { FullName = name, Email = "person@example.org", PostalAddress = null });

        var template = Seeds.Value.Letters.Single(t => t.Kind == "erasure-gdpr" && t.Language == culture);
        // The subject names the law through a placeholder block; the words before it are the template's own.
        await Expect(letter.Subject).ToContainTextAsync(template.Subject.Split("{{")[0].Trim());
        await Expect(letter.Subject).ToHaveAttributeAsync("lang", culture);
        await Expect(letter.Body).ToHaveAttributeAsync("lang", culture);
        await Expect(letter.Body).ToContainTextAsync(template.Body.Split('\n')[0].Trim());
        await Expect(letter.Body).ToContainTextAsync(name);
        await Expect(letter.Translation).ToHaveCountAsync(0);

        await page.ContinueToAsync($"/close/{market}/next");
        await page.ExpectLanguageAsync(culture);
        await Expect(page.GetByTestId("deadline")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("follow-up-letter")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, $"journey-{locale}-next-390.png"), FullPage = true });
    }
}
