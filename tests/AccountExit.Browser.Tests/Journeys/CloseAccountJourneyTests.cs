using System.Globalization;
using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class CloseAccountJourneyTests(BrowserFixture fixture)
{
    private const string GermanErasureSubject = "Antrag auf Schließung meines Kontos und Löschung meiner personenbezogenen Daten (Art. 17 DSGVO)";

    [Fact]
    public async Task ClosingAmazonDe_InEnglish_GivesAGermanErasureLetter_ThatCopyMailtoEmlAndIcsCarryUnchanged()
    {
        await using var context = await fixture.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/close/de?culture=en");
        await page.ExpectLanguageAsync("en");
        var checklist = page.Locator("input[type=checkbox][name=done]");
        Assert.True(await checklist.CountAsync() >= 3, "The checklist has fewer than three items.");
        foreach (var item in await checklist.AllAsync())
        {
            await item.CheckAsync();
        }

        await page.ContinueToAsync("/close/de/how");
        await Expect(page.GetByTestId("still-to-do")).ToHaveCountAsync(0);
        await page.ContinueToAsync("/close/de/letter");

        var letter = new LetterStep(page);
        await Expect(letter.FullName).ToHaveAttributeAsync("autocomplete", "name");
        await Expect(letter.Email).ToHaveAttributeAsync("autocomplete", "email");
        await Expect(letter.PostalAddress).ToHaveAttributeAsync("autocomplete", "street-address");
        await letter.WriteAsync(LetterDetails.Erika with { Language = "de" });

        await Expect(letter.Subject).ToHaveTextAsync(GermanErasureSubject);
        await Expect(letter.Subject).ToHaveAttributeAsync("lang", "de");
        await Expect(letter.Body).ToContainTextAsync("Sehr geehrte Damen und Herren");
        await Expect(letter.Body).ToContainTextAsync("Erika Mustermann");
        await Expect(letter.Body).ToContainTextAsync(Dates.TodayUtc.AddMonths(1).ToString("D", CultureInfo.GetCultureInfo("de")));
        await Expect(letter.Letter.GetByTestId("letter-to")).ToHaveTextAsync("eu-privacy@amazon.de");
        await Expect(letter.Translation).ToContainTextAsync("Request to close my account and erase my personal data (Art. 17 GDPR)");
        await Expect(letter.Translation).ToContainTextAsync("Dear Sir or Madam");
        var (subject, body) = await letter.ShownLetterAsync();

        await page.GetByTestId("copy-letter").ClickAsync();
        await Expect(page.Locator("#copy-status")).Not.ToBeEmptyAsync();
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(subject + "\n\n" + body, clipboard);

        var mailto = Mailto.Parse(await page.GetByTestId("mailto").GetAttributeAsync("href"));
        Assert.Equal("eu-privacy@amazon.de", mailto.To);
        Assert.Equal(subject, mailto.Subject);
        Assert.Equal(body, mailto.Body);

        var (emlName, emlContent) = await letter.DownloadAsync("download-eml");
        Assert.EndsWith(".eml", emlName, StringComparison.Ordinal);
        var eml = MailFile.Parse(emlContent);
        Assert.Equal("eu-privacy@amazon.de", eml.To);
        Assert.Equal(subject, eml.Subject);
        Assert.Equal(body, eml.Body);

        var before = Dates.TodayUtc;
        var (icsName, ics) = await letter.DownloadTextAsync("download-ics");
        var after = Dates.TodayUtc;
        Assert.EndsWith(".ics", icsName, StringComparison.Ordinal);
        var start = ics.Split("\r\n").Single(line => line.StartsWith("DTSTART;VALUE=DATE:", StringComparison.Ordinal))["DTSTART;VALUE=DATE:".Length..];
        Assert.Contains(start, new[] { before.AddMonths(1), after.AddMonths(1) }.Select(d => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ClosingAmazonSe_InSwedish_GivesASwedishGdprErasureLetter()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/close/se?culture=sv");
        await page.ExpectLanguageAsync("sv");
        await page.ContinueToAsync("/close/se/how");
        await page.ContinueToAsync("/close/se/letter");

        await Expect(page.GetByTestId("kind-erasure-gdpr")).ToHaveAttributeAsync("aria-current", "page");
        var letter = new LetterStep(page);
        await Expect(letter.Language).ToHaveValueAsync("sv");
        await letter.WriteAsync(LetterDetails.Erika with { FullName = "Sven Svensson", Email = "sven@example.se" });

        await Expect(letter.Subject).ToHaveTextAsync("Begäran om stängning av mitt konto och radering av mina personuppgifter (artikel 17 GDPR)");
        await Expect(letter.Subject).ToHaveAttributeAsync("lang", "sv");
        await Expect(letter.Body).ToHaveAttributeAsync("lang", "sv");
        await Expect(letter.Body).ToContainTextAsync("dataskyddsförordningen");
        await Expect(letter.Body).ToContainTextAsync("Med vänliga hälsningar\nSven Svensson");
        await Expect(letter.Translation).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ClosingAmazonSa_InArabic_IsMirroredRightToLeft_NeverOverflows_AndGivesAnArabicClosureLetter()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/close/sa?culture=ar");
        await page.ExpectLanguageAsync("ar");
        await ExpectMirroredWithoutOverflowAsync(page, "/close/sa");
        await page.ContinueToAsync("/close/sa/how");
        await ExpectMirroredWithoutOverflowAsync(page, "/close/sa/how");
        await page.ContinueToAsync("/close/sa/letter");
        await ExpectMirroredWithoutOverflowAsync(page, "/close/sa/letter");

        await Expect(page.GetByTestId("kind-closure")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("kind-erasure-gdpr")).ToHaveCountAsync(0);
        var letter = new LetterStep(page);
        await letter.WriteAsync(LetterDetails.Erika with { FullName = "فاطمة الزهراء", Email = "fatima@example.sa", PostalAddress = null });

        await Expect(letter.Subject).ToHaveTextAsync("طلب إغلاق حسابي على أمازون وحذف بياناتي الشخصية");
        await Expect(letter.Subject).ToHaveAttributeAsync("lang", "ar");
        await Expect(letter.Body).ToContainTextAsync("فاطمة الزهراء");
        await Expect(letter.Body).ToContainTextAsync("amazon.sa");
        await Expect(letter.Body).Not.ToContainTextAsync("GDPR");
        await Expect(letter.Translation).ToHaveCountAsync(0);
        await ExpectMirroredWithoutOverflowAsync(page, "/close/sa/letter (with the letter)");
    }

    /// <summary>At phone and desktop widths: the brand (first in the header) sits on the right, and nothing scrolls sideways.</summary>
    private static async Task ExpectMirroredWithoutOverflowAsync(IPage page, string step)
    {
        foreach (var viewport in Viewports.All)
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            var brand = await page.Locator(".site-header a.brand").BoundingBoxAsync();
            Assert.NotNull(brand);
            Assert.True(
                brand.X + (brand.Width / 2) > viewport.Width / 2.0,
                $"{step} at {viewport}: the brand link is centred at x={brand.X + (brand.Width / 2)}, not on the right half.");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{step} at {viewport}: the page is {widths[0]} px wide but the viewport only {widths[1]} px.");
        }
    }
}
