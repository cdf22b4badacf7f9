using System.Globalization;
using System.Text.RegularExpressions;
using AccountExit.Core.Letters;
using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class CloseAccountJourneyTests(BrowserFixture fixture)
{
    private const string SaudiErasureSubject = "طلب إغلاق حسابي وإتلاف بياناتي الشخصية (نظام حماية البيانات الشخصية، المادتان الرابعة والثامنة عشرة)";

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
        await Expect(letter.Body).ToContainTextAsync(new Regex(string.Join('|', GermanDeadlines().Select(d => Regex.Escape(LetterDates.Format(d, "de"))))));
        await Expect(letter.Letter.GetByTestId("letter-to")).ToHaveTextAsync("eu-privacy@amazon.de");
        await Expect(letter.Translation).ToContainTextAsync("Request to close my account and erase my personal data (Art. 17 GDPR)");
        await Expect(letter.Translation).ToContainTextAsync("Dear Sir or Madam");
        var (subject, body) = await letter.ShownLetterAsync();

        await page.GetByTestId("copy-letter").ClickAsync();
        await Expect(page.Locator("#copy-status")).Not.ToBeEmptyAsync();
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(subject + "\n\n" + body, clipboard);

        // Too long for a mail link: it carries the address and subject, and the page says to paste the text.
        var mailto = Mailto.Parse(await page.GetByTestId("mailto").GetAttributeAsync("href"));
        Assert.Equal("eu-privacy@amazon.de", mailto.To);
        Assert.Equal(subject, mailto.Subject);
        Assert.Null(mailto.Body);
        await Expect(page.GetByTestId("mailto-too-long")).ToBeVisibleAsync();
        await Expect(page.Locator(".letter-actions > *").First).ToHaveAttributeAsync("data-testid", "download-eml");

        var (emlName, emlContent) = await letter.DownloadAsync("download-eml");
        Assert.EndsWith(".eml", emlName, StringComparison.Ordinal);
        var eml = MailFile.Parse(emlContent);
        Assert.Equal("eu-privacy@amazon.de", eml.To);
        Assert.Equal(subject, eml.Subject);
        Assert.Equal(body, eml.Body);

        var (icsName, ics) = await letter.DownloadTextAsync("download-ics");
        Assert.EndsWith(".ics", icsName, StringComparison.Ordinal);
        var starts = ics.Split("\r\n").Where(line => line.StartsWith("DTSTART;VALUE=DATE:", StringComparison.Ordinal)).Select(line => line["DTSTART;VALUE=DATE:".Length..]).ToList();
        Assert.Equal(2, starts.Count);
        Assert.Contains(starts[0], GermanDeadlines().Select(d => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ClosingAmazonCom_AsksWhetherYouLiveInCalifornia_AndCitesTheCcpaOnlyOnYes()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/close/us/letter?culture=en");
        var letter = new LetterStep(page);
        await Expect(page.GetByTestId("law-status")).ToContainTextAsync("California");

        await letter.FillAsync(LetterDetails.Erika with { Language = "en" });
        await letter.Submit.ClickAsync();
        await Expect(page.GetByTestId("error-Resident")).ToBeVisibleAsync();
        await Expect(letter.FullName).ToHaveValueAsync(LetterDetails.Erika.FullName);

        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await letter.Submit.ClickAsync();
        await Expect(letter.Body).ToContainTextAsync("1798.105");

        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await letter.Submit.ClickAsync();
        await Expect(page.GetByTestId("letter-cites-no-law")).ToBeVisibleAsync();
        await Expect(letter.Body).Not.ToContainTextAsync("1798.105");
    }

    [Fact]
    public async Task TheGermanComplaint_GoesToTheAuthorityChosenOnTheForm()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/close/de/letter?kind=complaint&sent=2026-09-01&culture=en");
        var letter = new LetterStep(page);

        await page.GetByTestId("authority").SelectOptionAsync("de-by");
        await letter.WriteAsync(LetterDetails.Erika with { Language = "de" });

        await Expect(letter.Letter.GetByTestId("letter-to")).ToContainTextAsync("Bayerisches Landesamt für Datenschutzaufsicht");
        await Expect(letter.Letter.GetByTestId("letter-to")).ToContainTextAsync("poststelle@lda.bayern.de");
        Assert.Equal("poststelle@lda.bayern.de", Mailto.Parse(await page.GetByTestId("mailto").GetAttributeAsync("href")).To);
    }

    /// <summary>One calendar month from the days the test ran on, moved past German weekends and holidays, as seeds/laws/gdpr.yaml says.</summary>
    private static IEnumerable<DateOnly> GermanDeadlines() =>
        new[] { Dates.TodayUtc, Dates.TodayUtc.AddDays(-1) }.Select(d => AccountExit.Core.Laws.WorkingDays.For("de").OnOrAfter(d.AddMonths(1))).Distinct();

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

        await Expect(letter.Subject).ToHaveTextAsync("Begäran om att avsluta mitt konto och radera mina personuppgifter (artikel 17 GDPR)");
        await Expect(letter.Subject).ToHaveAttributeAsync("lang", "sv");
        await Expect(letter.Body).ToHaveAttributeAsync("lang", "sv");
        await Expect(letter.Body).ToContainTextAsync("dataskyddsförordningen");
        await Expect(letter.Body).ToContainTextAsync("Med vänliga hälsningar\nSven Svensson");
        await Expect(letter.Translation).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ClosingAmazonSa_InArabic_IsMirroredRightToLeft_NeverOverflows_AndGivesAnArabicPdplErasureLetter()
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

        await Expect(page.GetByTestId("kind-erasure-pdpl-sa")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("kind-erasure-gdpr")).ToHaveCountAsync(0);
        var letter = new LetterStep(page);
        await letter.WriteAsync(LetterDetails.Erika with { FullName = "فاطمة الزهراء", Email = "fatima@example.sa", PostalAddress = null });

        await Expect(letter.Subject).ToHaveTextAsync(SaudiErasureSubject);
        await Expect(letter.Body).ToContainTextAsync("نظام حماية البيانات الشخصية");
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
