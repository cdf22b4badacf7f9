using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class LetterFormTests(BrowserFixture fixture)
{
    [Fact]
    public async Task WithoutJavaScript_TheLetterIsWrittenByPost_AndTheEmlAndTxtDownloadsWork()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/close/de/letter?culture=en");
        await Expect(page.Root()).Not.ToHaveClassAsync("js");
        var letter = new LetterStep(page);
        await letter.WriteAsync(LetterDetails.Erika);

        await Expect(letter.Subject).ToHaveTextAsync("Antrag auf Schließung meines Kontos und Löschung meiner personenbezogenen Daten (Art. 17 DSGVO)");
        await Expect(page.GetByTestId("copy-letter")).ToBeHiddenAsync();
        var (subject, body) = await letter.ShownLetterAsync();

        foreach (var download in new[] { "download-eml", "download-txt" })
        {
            await Expect(page.GetByTestId(download)).ToHaveAttributeAsync("type", "submit");
            await Expect(page.GetByTestId(download)).ToHaveAttributeAsync("form", "letter-form");
        }

        var (emlName, emlContent) = await letter.DownloadAsync("download-eml");
        Assert.Equal("accountexit-erasure-gdpr-de-de.eml", emlName);
        var eml = MailFile.Parse(emlContent);
        Assert.Equal(subject, eml.Subject);
        Assert.Equal(body, eml.Body);

        var (txtName, txt) = await letter.DownloadTextAsync("download-txt");
        Assert.Equal("accountexit-erasure-gdpr-de-de.txt", txtName);
        Assert.Equal($"To: eu-privacy@amazon.de\nSubject: {subject}\n\n{body}", txt);
    }

    [Fact]
    public async Task SubmittingTheLetterFormEmpty_AnnouncesASummaryLinkedToEachInvalidField_AndKeepsTypedValues()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/close/de/letter?culture=en");
        var letter = new LetterStep(page);

        await letter.Submit.ClickAsync();

        var summary = letter.ErrorSummary;
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(letter.Letter).ToHaveCountAsync(0);
        var summaryBox = await summary.BoundingBoxAsync();
        var formBox = await page.GetByTestId("letter-form").BoundingBoxAsync();
        Assert.True(summaryBox!.Y < formBox!.Y, "The error summary is not above the form.");

        foreach (var (field, error) in new[] { ("FullName", "Enter your full name."), ("Email", "Enter the email address of your Amazon account.") })
        {
            var input = page.Locator($"#Input_{field}");
            var link = summary.Locator($"a[href='#Input_{field}']");
            await Expect(link).ToHaveTextAsync(error);
            await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
            var describedBy = (await input.GetAttributeAsync("aria-describedby"))?.Split(' ') ?? [];
            Assert.Contains($"Input_{field}-error", describedBy);
            await Expect(page.Locator($"[id='Input_{field}-error']")).ToHaveTextAsync(error);
        }

        await Expect(letter.PostalAddress).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await summary.Locator("a[href='#Input_FullName']").ClickAsync();
        await Expect(letter.FullName).ToBeFocusedAsync();

        await letter.Email.FillAsync("erika@");
        await letter.PostalAddress.FillAsync("Musterstraße 1\n10115 Berlin");
        await letter.Submit.ClickAsync();

        await Expect(summary.Locator("a[href='#Input_Email']")).ToHaveTextAsync("Enter an email address in the form name@example.com.");
        await Expect(letter.Email).ToHaveValueAsync("erika@");
        await Expect(letter.PostalAddress).ToHaveValueAsync("Musterstraße 1\n10115 Berlin");
        await Expect(letter.FullName).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(letter.Letter).ToHaveCountAsync(0);
    }
}
