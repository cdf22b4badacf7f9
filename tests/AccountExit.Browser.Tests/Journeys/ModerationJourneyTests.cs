using AccountExit.Browser.Tests.Accessibility;
using AccountExit.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class ModerationJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ReportOnTheJapanPhoneEntry_IsReviewed_AndAccepting_ShowsTheSeedPatch()
    {
        await using var context = await fixture.NewContextAsync("en", Viewports.Phone.Size);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = fixture.BaseAddress.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        var problem = $"The toll-free number says it is no longer in service ({Guid.NewGuid():N}).";

        await page.GotoAsync("/directory/report/jp-prime-phone-free");
        await page.Locator("#Problem").FillAsync(problem);
        await page.GetByTestId("send-report").ClickAsync();
        await Expect(page.GetByTestId("report-thanks")).ToBeVisibleAsync();

        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/sign-in"));
        await page.Locator("#Input_Email").FillAsync(AppServer.ModeratorEmail);
        await page.Locator("#Input_Password").FillAsync(AppServer.ModeratorPassword);
        await page.GetByTestId("sign-in").ClickAsync();

        var entry = page.Locator("[data-testid=report-entry][data-key=jp-prime-phone-free]");
        await Expect(entry).ToContainTextAsync(problem);
        await Expect(entry.GetByTestId("channel-link")).ToHaveTextAsync("0120-999-373");
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, "admin-list-390.png"), FullPage = true });
        await ExpectAccessibleAsync(page);

        await entry.GetByTestId("open-report").Filter(new() { HasText = problem }).GetByTestId("review-report").ClickAsync();
        await page.Locator("#Input_Value").FillAsync("0120-999-374");
        await page.Locator("#Input_E164").FillAsync("+81120999374");
        await page.Locator("#Input_SourceUrl").FillAsync("https://example.org/amazon-jp-free-number");
        await page.Locator("#Input_SourceTitle").FillAsync("Example: Amazon Japan's free number");
        await page.Locator("#Input_SourceQuote").FillAsync("Amazon Japan's toll-free number is now 0120-999-374.");
        await page.GetByTestId("accept-report").ClickAsync();
        // The note is required: the message sits next to the field and what was typed stays.
        await Expect(page.GetByTestId("error-Note")).ToBeVisibleAsync();
        await Expect(page.Locator("#Input_SourceQuote")).ToHaveValueAsync("Amazon Japan's toll-free number is now 0120-999-374.");
        await ExpectAccessibleAsync(page);
        await page.Locator("#Input_Note").FillAsync("A newer page gives the new number.");
        await page.GetByTestId("accept-report").ClickAsync();

        await Expect(page.GetByTestId("report-status")).ToContainTextAsync("Accepted");
        await Expect(page.GetByTestId("seed-patch")).ToContainTextAsync("+  value: 0120-999-374");
        await page.GetByTestId("copy-patch").ClickAsync();
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains("--- a/seeds/markets/jp.yaml", clipboard, StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-patch").ClickAsync());
        Assert.Equal("accountexit-report-", download.SuggestedFilename[..19]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, "admin-accepted-390.png"), FullPage = true });
        await ExpectAccessibleAsync(page);
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, "admin-accepted-1280.png"), FullPage = true });
    }

    private static async Task ExpectAccessibleAsync(IPage page)
    {
#pragma warning disable CS0618 // the in-page run, as in AccessibilityTests
        var result = await page.Locator("html").RunAxeLegacy(AccessibilityTests.WcagAandAA);
#pragma warning restore CS0618
        Assert.True(result.Violations.Length == 0, $"{page.Url}: " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
