using System.Text.RegularExpressions;
using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class UnlockAndPrimeJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task UnlockingAmazonDe_InGerman_WhenLockedOut_ShowsNoGuessedAddressAndGivesAGermanAppealWithWhereToSendIt()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/unlock/de?culture=de");
        await page.ExpectLanguageAsync("de");
        await page.GetByTestId("case-locked-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/unlock/de/contact\?case=locked-out$", RegexOptions.None, TimeSpan.FromSeconds(1)));

        var lockedOut = page.GetByTestId("section-locked-out");
        await Expect(page.GetByTestId("section-signed-in")).ToHaveCountAsync(0);
        var email = lockedOut.Locator("[data-key='global-unlock-email']");
        await Expect(email.GetByTestId("channel-link")).ToHaveCountAsync(0);
        await Expect(email.GetByTestId("source-caveat")).ToBeVisibleAsync();
        await Expect(page.Locator("a[href^='mailto:cis@']")).ToHaveCountAsync(0);

        await page.ContinueToAsync("/unlock/de/letter");
        var letter = new LetterStep(page);
        await Expect(letter.WhatHappened).ToBeVisibleAsync();
        await letter.WriteAsync(LetterDetails.Erika with
        {
            WhatHappened = "Nach einem Umzug habe ich meine Lieferadresse geändert.\nKurz darauf wurde mein Konto gesperrt.",
        });

        await Expect(letter.Subject).ToHaveTextAsync("Bitte um Überprüfung und Freischaltung meines Amazon-Kontos (erika.mustermann@example.com)");
        await Expect(letter.Subject).ToHaveAttributeAsync("lang", "de");
        await Expect(letter.Body).ToContainTextAsync("mein Amazon-Kundenkonto wurde gesperrt");
        await Expect(letter.Body).ToContainTextAsync("Nach einem Umzug habe ich meine Lieferadresse geändert.\nKurz darauf wurde mein Konto gesperrt.");
        await Expect(letter.Letter.GetByTestId("letter-to")).ToHaveCountAsync(0);
        await Expect(letter.Letter.GetByTestId("letter-to-none")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("send-instead").Locator("a[href='https://www.amazon.de/gp/help/customer/contact-us']").First).ToBeVisibleAsync();
        await Expect(letter.Translation).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CancellingPrimeOnAmazonJp_InJapanese_ShowsBothNumbersAsTelLinksAndTheKeyPath131WithOperator7()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/prime/jp/call?culture=ja");
        await page.ExpectLanguageAsync("ja");
        await Expect(page.Locator("a[href='tel:+81120999373']")).ToHaveTextAsync("0120-999-373");
        await Expect(page.Locator("a[href='tel:+81113303000']")).ToHaveTextAsync("011-330-3000");

        foreach (var key in new[] { "jp-prime-phone-free", "jp-prime-phone-paid" })
        {
            var phone = page.Locator($"[data-key='{key}']");
            var keyPath = phone.GetByTestId("key-path");
            await Expect(keyPath.Locator("> li kbd.key")).ToHaveTextAsync(["1", "3", "1"]);
            await Expect(keyPath).ToHaveAttributeAsync("aria-label", new Regex(@"\S.*1, 3, 1$", RegexOptions.None, TimeSpan.FromSeconds(1)));
            Assert.Equal("OL", await keyPath.EvaluateAsync<string>("e => e.tagName"));
            await Expect(phone.GetByTestId("operator-shortcut").Locator("kbd")).ToHaveTextAsync("7");
        }
    }
}
