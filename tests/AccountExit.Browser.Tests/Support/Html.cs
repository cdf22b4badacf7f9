using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Support;

public static class Html
{
    public static ILocator Root(this IPage page) => page.Locator("html");

    /// <summary>Waits until the page is in <paramref name="language"/> (html lang) and, for Arabic, right-to-left.</summary>
    public static async Task ExpectLanguageAsync(this IPage page, string language)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Expect(page.Root()).ToHaveAttributeAsync("lang", language);
        await Expect(page.Root()).ToHaveAttributeAsync("dir", language == "ar" ? "rtl" : "ltr");
    }
}
