using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Pages;

/// <summary>Moves through a flow's steps the way a person does: by the step's main button or link.</summary>
public static class Wizard
{
    public static ILocator NextStep(this IPage page) => page.GetByTestId("next-step");

    /// <summary>Clicks the step's "continue" control and waits for <paramref name="path"/> (query allowed).</summary>
    public static async Task ContinueToAsync(this IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.NextStep().ClickAsync();
        await Expect(page).ToHaveURLAsync(PathPattern(path));
    }

    /// <summary>Matches a URL whose path is exactly <paramref name="path"/>, with any query or fragment.</summary>
    public static Regex PathPattern(string path) => new($"^https?://[^/]+{Regex.Escape(path)}([?#].*)?$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
