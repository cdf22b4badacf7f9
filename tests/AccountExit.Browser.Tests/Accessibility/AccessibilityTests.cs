using System.Collections.Concurrent;
using AccountExit.Browser.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AccountExit.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on every page of every flow, in every culture, at phone and desktop
/// width; the same pass writes full-page screenshots for English, Arabic and Japanese.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    /// <summary>Pages checked at once in one browser context; the machine has two cores.</summary>
    private const int Lanes = 3;

    private static readonly IReadOnlyList<string> Cultures = ["en", "de", "sv", "id", "ja", "ar"];

    private static readonly IReadOnlySet<string> ScreenshotCultures = new HashSet<string>(StringComparer.Ordinal) { "en", "ar", "ja" };

    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, string> CulturesAndViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in Cultures)
        {
            foreach (var viewport in Viewports.All)
            {
                data.Add(culture, viewport.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CulturesAndViewports))]
    public async Task EveryPageOfEveryFlow_HasNoWcag21AaViolations(string culture, string viewportName)
    {
        var viewport = Viewports.All.Single(v => v.Name == viewportName);
        var screenshots = ScreenshotCultures.Contains(culture) ? RepoPaths.Screenshots : null;
        if (screenshots is not null)
        {
            Directory.CreateDirectory(screenshots);
        }

        await using var context = await fixture.NewContextAsync(culture, viewport.Size);
        var queue = new ConcurrentQueue<StepPage>(StepPages.All);
        var problems = new ConcurrentBag<(int Order, string Text)>();
        var scanned = 0;

        async Task RunLaneAsync()
        {
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var step))
            {
                var order = IndexOf(step);
                var response = await page.GotoAsync(step.Path);
                if (response?.Status != step.Status)
                {
                    problems.Add((order, $"{step.Name} ({step.Path}): status {response?.Status}, expected {step.Status}"));
                }

                if (step.Act is not null)
                {
                    await step.Act(page);
                }

                var lang = await page.Locator("html").GetAttributeAsync("lang");
                if (lang != culture)
                {
                    problems.Add((order, $"{step.Name} ({step.Path}): html lang is '{lang}', expected '{culture}'"));
                }

                var result = await page.RunAxe(WcagAandAA);
                foreach (var violation in result.Violations)
                {
                    foreach (var node in violation.Nodes)
                    {
                        problems.Add((order, $"{step.Name} ({step.Path}): {violation.Id} [{violation.Impact}] {violation.Help} at {node.Target} — {node.Html}"));
                    }
                }

                if (screenshots is not null)
                {
                    await page.ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = Path.Combine(screenshots, $"{culture}-{viewport.Name}-{step.Name}.png"),
                        FullPage = true,
                    });
                }

                Interlocked.Increment(ref scanned);
            }

            await page.CloseAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, Lanes).Select(_ => RunLaneAsync()));

        Assert.Equal(StepPages.All.Count, scanned);
        Assert.True(
            problems.IsEmpty,
            $"{problems.Count} accessibility problem(s) in culture '{culture}' at {viewport}:\n" +
            string.Join("\n", problems.OrderBy(p => p.Order).ThenBy(p => p.Text, StringComparer.Ordinal).Select(p => "  " + p.Text)));
    }

    private static int IndexOf(StepPage step)
    {
        for (var i = 0; i < StepPages.All.Count; i++)
        {
            if (ReferenceEquals(StepPages.All[i], step))
            {
                return i;
            }
        }

        return -1;
    }
}
