using AccountExit.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Accessibility;

/// <summary>One page state a person can reach: an address, what they do there, and the status it answers with.</summary>
public sealed record StepPage(string Name, string Path, Func<IPage, Task>? Act = null, int Status = 200)
{
    public override string ToString() => Name;
}

/// <summary>Every page of every flow, in every state worth checking (the letter step empty, written and rejected).</summary>
public static class StepPages
{
    public static readonly IReadOnlyList<StepPage> All =
    [
        new("home", "/", OpenMenuAsync),
        new("directory", "/directory"),
        new("directory-jp", "/directory?market=jp"),
        new("directory-unknown-market", "/directory?market=zz", Status: 400),
        new("directory-report", "/directory/report/jp-prime-phone-free"),
        new("sources", "/sources"),
        new("sources-laws", "/sources/laws"),
        new("close", "/close"),
        new("close-de", "/close/de"),
        new("close-de-how", "/close/de/how"),
        new("close-de-letter", "/close/de/letter"),
        new("close-de-letter-written", "/close/de/letter", WriteLetterAsync),
        new("close-de-letter-invalid", "/close/de/letter", SubmitEmptyAsync),
        new("close-de-next", "/close/de/next"),
        new("close-jp-how", "/close/jp/how"),
        new("close-de-complaint", "/close/de/letter?kind=complaint&sent=2026-09-01"),
        new("unlock", "/unlock"),
        new("unlock-de", "/unlock/de"),
        new("unlock-de-contact", "/unlock/de/contact"),
        new("unlock-de-letter", "/unlock/de/letter"),
        new("unlock-de-tips", "/unlock/de/tips"),
        new("prime", "/prime"),
        new("prime-jp", "/prime/jp"),
        new("prime-jp-call", "/prime/jp/call"),
        new("prime-jp-callback", "/prime/jp/callback"),
        new("prime-jp-refund", "/prime/jp/refund"),
        new("prime-jp-letter", "/prime/jp/letter"),
        new("prime-us-call", "/prime/us/call"),
        new("prime-us", "/prime/us"),
        new("prime-se-call-missing", "/prime/se/call", Status: 404),
        new("close-se-letter", "/close/se/letter"),
        new("data-de", "/data/de"),
        new("not-found", "/no-such-page", Status: 404),
    ];

    /// <summary>On a phone the navigation is behind the menu button; on a desktop it is always shown.</summary>
    private static async Task OpenMenuAsync(IPage page)
    {
        var button = page.GetByTestId("menu-button");
        if (await button.IsVisibleAsync())
        {
            await button.ClickAsync();
        }
    }

    private static Task WriteLetterAsync(IPage page) => new LetterStep(page).WriteAsync(LetterDetails.Erika);

    private static async Task SubmitEmptyAsync(IPage page)
    {
        var letter = new LetterStep(page);
        await letter.Submit.ClickAsync();
        await Expect(letter.ErrorSummary).ToBeVisibleAsync();
    }
}
