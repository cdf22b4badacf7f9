using System.Text.RegularExpressions;
using AccountExit.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Journeys;

[Collection(BrowserGroup.Name)]
public sealed class DirectoryJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task FilteringJapanPhonesForPrime_ListsOnlyPhones_AndAnEntrysPermalinkTargetsIt()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/directory?culture=en");
        await page.Locator("select#Market").SelectOptionAsync("jp");
        await page.Locator("select#Kind").SelectOptionAsync("phone");
        await page.Locator("select#Purpose").SelectOptionAsync("cancel-prime");
        await page.GetByTestId("directory-filter").Locator("button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/directory\?market=jp&kind=phone&purpose=cancel-prime$", RegexOptions.None, TimeSpan.FromSeconds(1)));

        var entries = page.GetByTestId("group-market").GetByTestId("channel");
        await Expect(entries.First).ToBeVisibleAsync();
        var kinds = await entries.EvaluateAllAsync<string[]>("list => list.map(e => e.dataset.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Equal("phone", kind));
        Assert.All(await page.GetByTestId("channel").EvaluateAllAsync<string[]>("list => list.map(e => e.dataset.kind)"), kind => Assert.Equal("phone", kind));

        var entry = entries.First;
        var key = await entry.GetAttributeAsync("data-key");
        Assert.False(string.IsNullOrEmpty(key));
        Assert.Equal(key, await entry.GetAttributeAsync("id"));
        await entry.GetByRole(AriaRole.Link, new() { Name = "Link to this entry" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"#{Regex.Escape(key)}$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.Equal("#" + key, new Uri(page.Url).Fragment);
        var target = page.Locator($"[id='{key}']");
        await Expect(target).ToBeVisibleAsync();
        await Expect(target).ToBeInViewportAsync();
        Assert.Equal(key, await page.EvaluateAsync<string?>("() => document.querySelector(':target')?.id ?? null"));
    }

    [Fact]
    public async Task TypingInTheSearchBox_LeavesOnlyMatchingEntriesAndAnnouncesTheCount()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/directory?culture=en");
        var all = await page.GetByTestId("channel").CountAsync();

        await page.GetByLabel("Search these entries").FillAsync("AmazonHelp");

        var visible = page.Locator("[data-testid=channel]:visible");
        await Expect(visible).ToHaveCountAsync(1);
        await Expect(visible.First).ToContainTextAsync("@AmazonHelp");
        await Expect(page.Locator("#directory-search-status")).ToHaveTextAsync("Entries: 1");
        Assert.True(all > 1);

        await page.GetByLabel("Search these entries").FillAsync(string.Empty);

        await Expect(visible).ToHaveCountAsync(all);
    }
}
