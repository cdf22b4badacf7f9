using System.Collections.Concurrent;
using System.Diagnostics;
using AccountExit.Browser.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AccountExit.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on every page of every flow, in every culture, at phone and desktop
/// width; the same pass writes full-page screenshots for English, Arabic and Japanese, so each page loads once.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Pages checked at once in one browser context. The pass is CPU-bound on two cores (2, 3 and 4 lanes measured
    /// the same).
    /// </summary>
    private const int Lanes = 3;

    private static readonly IReadOnlyList<string> Cultures = ["en", "de", "sv", "id", "ja", "ar", "fr", "it", "es", "nl", "pl"];

    private static readonly IReadOnlyList<string> ScreenshotCultures = ["en", "ar", "ja"];

    private const int MaxScreenshotHeight = 2500;

    internal static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are asserted on; axe then reports a single node for passes and incomplete results.
        ResultTypes = [ResultType.Violations],
        // The app has no frames; this spares axe the search for them.
        Iframes = false,
    };

    /// <summary>
    /// Light mode: every culture on a phone, where the languages' lengths change the layout, and one culture
    /// per script on a desktop (Latin, Japanese, Arabic). Dark mode: English on a desktop, Arabic on a phone.
    /// The whole matrix would take the browser suite past CI's time budget.
    /// </summary>
    public static TheoryData<string, string, string> CulturesAndViewports()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var culture in Cultures)
        {
            data.Add(culture, Viewports.Phone.Name, "light");
        }

        foreach (var culture in ScreenshotCultures)
        {
            data.Add(culture, Viewports.Desktop.Name, "light");
        }

        data.Add("en", Viewports.Desktop.Name, "dark");
        data.Add("ar", Viewports.Phone.Name, "dark");
        return data;
    }

    [Theory]
    [MemberData(nameof(CulturesAndViewports))]
    public async Task EveryPageOfEveryFlow_HasNoWcag21AaViolations(string culture, string viewportName, string mode)
    {
        var viewport = Viewports.All.Single(v => v.Name == viewportName);
        var dark = mode == "dark";
        // Dark mode is scanned, not photographed: its screenshots would add a minute to the suite.
        var screenshots = ScreenshotCultures.Contains(culture) && !dark ? RepoPaths.Screenshots : null;
        if (screenshots is not null)
        {
            Directory.CreateDirectory(screenshots);
        }

        await using var context = await fixture.NewContextAsync(culture, viewport.Size, colorScheme: dark ? ColorScheme.Dark : ColorScheme.Light);
        // The lanes share the context's cookies: get the antiforgery cookie first, or two letter pages loaded at
        // once would each be given a new one and the form of the first would post a token for a replaced cookie.
        var warmUp = await context.APIRequest.GetAsync("/close/de/letter");
        Assert.True(warmUp.Ok, $"GET /close/de/letter answered {warmUp.Status}.");
        var steps = StepPages.All.Where(step => ScannedIn(step, culture, dark)).ToList();
        var queue = new ConcurrentQueue<StepPage>(steps);
        var problems = new ConcurrentDictionary<StepPage, IReadOnlyList<string>>();

        async Task RunLaneAsync()
        {
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var step))
            {
                var screenshot = screenshots is null ? null : Path.Combine(screenshots, $"{culture}-{viewport.Name}{(dark ? "-dark" : "")}-{step.Name}.png");
                try
                {
                    var started = Stopwatch.GetTimestamp();
                    problems[step] = await CheckAsync(page, step, culture, screenshot);
                    output.WriteLine($"{step.Name}: {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
                }
                catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
                {
                    throw new InvalidOperationException($"{step.Name} ({step.Path}) in '{culture}' ({mode}) at {viewport} could not be checked: {exception.Message}", exception);
                }
            }

            await page.CloseAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, Lanes).Select(_ => RunLaneAsync()));

        Assert.Equal(steps.Count, problems.Count);
        var found = steps.SelectMany(step => problems[step]).ToList();
        Assert.True(found.Count == 0, $"{found.Count} accessibility problem(s) in culture '{culture}' ({mode}) at {viewport}:\n  " + string.Join("\n  ", found));
    }

    /// <summary>
    /// The whole directory (every marketplace's cards, over 20,000 px on a phone) took 13 s of axe a scan, a sixth
    /// of the pass: it is scanned in one culture per script, while the Japan directory (the same cards) is scanned
    /// in every culture. Dark mode changes colours, not layout: its scan covers one page of each kind of component
    /// (cards, forms and errors, the letter, alerts, key paths, tables, error pages).
    /// </summary>
    private static bool ScannedIn(StepPage step, string culture, bool dark) =>
        dark ? DarkModePages.Contains(step.Name) : step.Name != "directory" || ScreenshotCultures.Contains(culture);

    private static readonly HashSet<string> DarkModePages =
    [
        "home", "directory-jp", "directory-report", "sources-laws", "close-de-how", "close-de-letter-written",
        "close-de-letter-invalid", "close-de-next", "unlock-de-tips", "prime-jp-call", "prime-jp-refund", "data-de", "not-found",
    ];

    /// <summary>Loads one page state, checks its status and language, runs axe and takes the screenshot.</summary>
    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page, StepPage step, string culture, string? screenshot)
    {
        var problems = new List<string>();
        var where = $"{step.Name} ({step.Path})";
        var response = await page.GotoAsync(step.Path);
        if (response?.Status != step.Status)
        {
            problems.Add($"{where}: status {response?.Status}, expected {step.Status}");
        }

        if (step.Act is not null)
        {
            await step.Act(page);
        }

        var lang = await page.Locator("html").GetAttributeAsync("lang");
        if (lang != culture)
        {
            problems.Add($"{where}: html lang is '{lang}', expected '{culture}'");
        }

        // RunAxe finishes every scan in a new browser context (about a second of CPU a page); the in-page run
        // gives the same results in a third of the time and keeps the browser suite well under five minutes.
#pragma warning disable CS0618
        var result = await page.Locator("html").RunAxeLegacy(WcagAandAA);
#pragma warning restore CS0618
        problems.AddRange(
            from violation in result.Violations
            from node in violation.Nodes
            select $"{where}: {violation.Id} [{violation.Impact}] {violation.Help} at {node.Target} — {node.Html}");

        if (screenshot is not null)
        {
            // A full-page capture of the directory (over 20,000 px on a phone) took more than 15 s under CI load;
            // the top of a page is what a reviewer looks at, so the capture stops at a few screens.
            var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            var width = page.ViewportSize!.Width;
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = screenshot,
                FullPage = true,
                Clip = new Clip { X = 0, Y = 0, Width = width, Height = Math.Min(height, MaxScreenshotHeight) },
                Timeout = 60_000,
            });
        }

        return problems;
    }
}
