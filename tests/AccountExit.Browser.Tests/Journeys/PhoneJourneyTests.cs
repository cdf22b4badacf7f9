using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

/// <summary>Issue 12: a journey that fits a phone and never loses what was typed.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PhoneJourneyTests(BrowserFixture fixture)
{
    private static readonly string[] Cultures = ["en", "de", "sv", "id", "ja", "ar", "fr", "it", "es", "nl", "pl"];

    /// <summary>Every step page of the four flows; Prime's phone steps in Japan, which has them.</summary>
    private static readonly string[] StepPaths =
    [
        "/close/de", "/close/de/how", "/close/de/letter", "/close/de/next",
        "/unlock/de", "/unlock/de/contact", "/unlock/de/letter", "/unlock/de/tips",
        "/prime/jp", "/prime/jp/call", "/prime/jp/callback", "/prime/jp/refund", "/prime/jp/letter",
        "/data/de", "/data/de/route", "/data/de/letter", "/data/de/next",
    ];

    [Fact]
    public async Task OnAPhone_TheMenuIsOneButton_AndOnADesktopTheLinksAreShown()
    {
        await using var phone = await fixture.NewContextAsync("en", Viewports.Phone.Size);
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/");
        var directoryLink = page.GetByTestId("site-menu").GetByRole(AriaRole.Link, new() { Name = "Contact directory" });
        await Expect(directoryLink).ToBeHiddenAsync();
        var header = await page.Locator("header").BoundingBoxAsync();
        Assert.True(header!.Height < 80, $"The closed header is {header.Height} px tall on a phone.");
        await page.GetByTestId("menu-button").ClickAsync();
        await Expect(directoryLink).ToBeVisibleAsync();
        await Expect(page.GetByTestId("language-ja")).ToBeVisibleAsync();

        await using var desktop = await fixture.NewContextAsync("en", Viewports.Desktop.Size);
        var wide = await desktop.NewPageAsync();
        await wide.GotoAsync("/");
        await Expect(wide.GetByTestId("menu-button")).ToBeHiddenAsync();
        await Expect(wide.GetByTestId("site-menu").GetByRole(AriaRole.Link, new() { Name = "Contact directory" })).ToBeVisibleAsync();
        await Expect(wide.GetByTestId("language-ja")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OnEveryStep_InElevenLanguages_TheFirstActionIsAboveTheFold_AndNothingOverflowsAt320()
    {
        var problems = new List<string>();
        foreach (var culture in Cultures)
        {
            await using var context = await fixture.NewContextAsync(culture, Viewports.Phone.Size);
            var page = await context.NewPageAsync();
            foreach (var path in StepPaths)
            {
                await page.GotoAsync(path);
                foreach (var viewport in Viewports.All)
                {
                    await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
                    // The first thing to act on below the step's heading: a link, a control, the fastest route or a
                    // channel's card; at least its first line (48 px) must be on the first screen.
                    var firstAction = page.Locator(
                        "main h1 ~ * :is(a, button, input, select, textarea, summary, [data-testid=channel], [data-testid=fastest-route]):visible, " +
                        "main h1 ~ :is([data-testid=channel], [data-testid=fastest-route]):visible").First;
                    var box = await firstAction.BoundingBoxAsync();
                    // The unlock tips are advice to read; the page's only action is Back, at its end.
                    if (path != "/unlock/de/tips" && (box is null || box.Y + Math.Min(box.Height, 48) > viewport.Height))
                    {
                        problems.Add($"{culture} {path} at {viewport}: the first action ends at {(box is null ? "nowhere" : (box.Y + box.Height).ToString("0", System.Globalization.CultureInfo.InvariantCulture))} px");
                    }
                }

                await page.SetViewportSizeAsync(320, 700);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0)
                {
                    problems.Add($"{culture} {path}: {overflow} px of horizontal overflow at 320 px");
                }
            }

            // The directory is not a step but the longest page: it must not overflow either.
            await page.SetViewportSizeAsync(320, 700);
            await page.GotoAsync("/directory?market=jp");
            var directoryOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (directoryOverflow > 0)
            {
                problems.Add($"{culture} /directory?market=jp: {directoryOverflow} px of horizontal overflow at 320 px");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task OnThePhone_SwitchingTheLanguageOnTheLetterStep_KeepsEverythingTyped_AndPutsNoneOfItInTheAddress()
    {
        await using var context = await fixture.NewContextAsync("en", Viewports.Phone.Size);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/unlock/de/letter");
        var letter = new LetterStep(page);
        await letter.FullName.FillAsync("Erika Mustermann");
        await letter.Email.FillAsync("erika@example.org");
        await letter.WhatHappened.FillAsync("Gesperrt nach dem Umzug.");

        await page.GetByTestId("menu-button").ClickAsync();
        await page.GetByTestId("language-ar").ClickAsync();

        await page.ExpectLanguageAsync("ar");
        await Expect(letter.FullName).ToHaveValueAsync("Erika Mustermann");
        await Expect(letter.Email).ToHaveValueAsync("erika@example.org");
        await Expect(letter.WhatHappened).ToHaveValueAsync("Gesperrt nach dem Umzug.");
        await Expect(letter.ErrorSummary).ToHaveCountAsync(0);
        Assert.DoesNotContain("Erika", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", page.Url, StringComparison.Ordinal);
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, "ar-phone-unlock-letter-after-language-switch.png") });
    }

    [Fact]
    public async Task TheChecklist_SurvivesBack()
    {
        await using var context = await fixture.NewContextAsync("en", Viewports.Phone.Size);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/close/de");
        await page.Locator("#done-pending-orders").CheckAsync();
        await page.Locator("#done-order-history").CheckAsync();
        await page.ContinueToAsync("/close/de/how");

        await page.GetByTestId("back-step").ClickAsync();

        await Expect(page.Locator("#done-pending-orders")).ToBeCheckedAsync();
        await Expect(page.Locator("#done-order-history")).ToBeCheckedAsync();
        await Expect(page.Locator("#done-digital-content")).Not.ToBeCheckedAsync();
    }

    [Theory]
    [InlineData("en", "de")]
    [InlineData("ar", "us")]
    [InlineData("ja", "jp")]
    public async Task ThePrintView_IsAPostalLetter(string culture, string market)
    {
        await using var context = await fixture.NewContextAsync(culture, Viewports.Desktop.Size);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/close/{market}/letter");
        if (market == "us")
        {
            // amazon.com asks whether the CCPA applies (California residents only).
            await page.Locator("#Input_Resident_No").CheckAsync();
        }

        await new LetterStep(page).WriteAsync(LetterDetails.Erika);

        var popup = await page.RunAndWaitForPopupAsync(() => page.GetByTestId("print").ClickAsync());
        await popup.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(popup.GetByTestId("print-sender")).ToContainTextAsync("Erika Mustermann");
        await Expect(popup.GetByTestId("print-sender")).ToContainTextAsync("Musterstraße 1");
        await Expect(popup.GetByTestId("print-date")).Not.ToBeEmptyAsync();
        await Expect(popup.GetByTestId(market == "de" ? "print-recipient" : "print-recipient-blank")).ToBeVisibleAsync();
        await Expect(popup.GetByTestId("print-signature")).ToBeVisibleAsync();
        await Expect(popup.Locator("header")).ToBeHiddenAsync();
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await popup.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, $"{culture}-print-close-{market}-letter.png"), FullPage = true });
    }
}
