using AccountExit.Browser.Tests.Pages;
using AccountExit.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class KeyboardJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ClosingAmazonDe_WithTheKeyboardOnly_Works_AndEveryFocusedElementShowsAFocusIndicator()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var keyboard = new KeyboardUser(page);
        await page.GotoAsync("/close/de?culture=en");

        await keyboard.TabToAsync("a.skip-link");
        await keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await keyboard.ExpectFocusIndicatorAsync();

        var boxes = await page.Locator("input[type=checkbox][name=done]").AllAsync();
        foreach (var box in boxes)
        {
            await keyboard.TabToAsync($"#{await box.GetAttributeAsync("id")}");
            await keyboard.PressAsync("Space");
            await Expect(box).ToBeCheckedAsync();
        }

        await keyboard.TabToAsync("[data-testid=next-step]");
        await keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Wizard.PathPattern("/close/de/how"));
        await Expect(page.GetByTestId("still-to-do")).ToHaveCountAsync(0);

        await keyboard.TabToAsync("[data-testid=next-step]");
        await keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Wizard.PathPattern("/close/de/letter"));

        var letter = new LetterStep(page);
        await keyboard.TabToAsync("#Input_FullName");
        await keyboard.TypeAsync("Erika Mustermann");
        await keyboard.TabToAsync("#Input_Email");
        await keyboard.TypeAsync("erika.mustermann@example.com");
        await keyboard.TabToAsync("#Input_PostalAddress");
        await keyboard.TypeAsync("Musterstraße 1");
        await keyboard.PressAsync("Enter");
        await keyboard.TypeAsync("10115 Berlin");
        await keyboard.TabToAsync("#Input_Language");
        await Expect(letter.Language).ToHaveValueAsync("de");
        await keyboard.TabToAsync("[data-testid=write-letter]");
        await keyboard.PressAsync("Enter");

        await Expect(letter.Subject).ToHaveTextAsync("Antrag auf Schließung meines Kontos und Löschung meiner personenbezogenen Daten (Art. 17 DSGVO)");
        await Expect(letter.Body).ToContainTextAsync("Postanschrift: Musterstraße 1\n10115 Berlin");
        Assert.True(keyboard.FocusedCount > 10, $"Only {keyboard.FocusedCount} elements were focused on the way.");
    }

    /// <summary>Drives a page with key presses only and checks the focus indicator of every element it lands on.</summary>
    private sealed class KeyboardUser(IPage page)
    {
        private const string FocusProbe = """
            () => {
                const e = document.activeElement;
                if (!e || e === document.body) { return null; }
                const s = getComputedStyle(e);
                const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                return { name, text: (e.innerText || e.value || '').trim().slice(0, 40), outline: s.outlineStyle, shadow: s.boxShadow };
            }
            """;

        public int FocusedCount { get; private set; }

        public Task PressAsync(string key) => page.Keyboard.PressAsync(key);

        public Task TypeAsync(string text) => page.Keyboard.TypeAsync(text);

        /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, checking the focus indicator at each stop.</summary>
        public async Task TabToAsync(string selector, int maxPresses = 250)
        {
            var visited = new List<string>();
            for (var i = 0; i < maxPresses; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var name = await ExpectFocusIndicatorAsync();
                visited.Add(name);
                if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                {
                    return;
                }
            }

            Assert.Fail($"{maxPresses} presses of Tab did not reach {selector} on {page.Url}; focus went through: {string.Join(" → ", visited)}");
        }

        public async Task<string> ExpectFocusIndicatorAsync()
        {
            var focused = await page.EvaluateAsync<FocusState?>(FocusProbe);
            Assert.True(focused is not null, $"Nothing is focused on {page.Url}.");
            FocusedCount++;
            Assert.True(
                focused.Outline != "none" || focused.Shadow != "none",
                $"{focused.Name} (\"{focused.Text}\") on {page.Url} has focus but no visible indicator (outline-style: {focused.Outline}, box-shadow: {focused.Shadow}).");
            return focused.Name;
        }
    }

    private sealed class FocusState
    {
        public string Name { get; set; } = "";

        public string Text { get; set; } = "";

        public string Outline { get; set; } = "";

        public string Shadow { get; set; } = "";
    }
}
