using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AccountExit.Browser.Tests.Pages;

/// <summary>What a person types into the letter form.</summary>
public sealed record LetterDetails(string FullName, string Email, string? PostalAddress = null, string? Language = null, string? WhatHappened = null)
{
    public static readonly LetterDetails Erika = new("Erika Mustermann", "erika.mustermann@example.com", "Musterstraße 1\n10115 Berlin");
}

/// <summary>The letter step every flow shares (Pages/Letters/_LetterStep.cshtml).</summary>
public sealed class LetterStep(IPage page)
{
    public IPage Page => page;

    public ILocator FullName => page.Locator("#Input_FullName");

    public ILocator Email => page.Locator("#Input_Email");

    public ILocator PostalAddress => page.Locator("#Input_PostalAddress");

    public ILocator WhatHappened => page.Locator("#Input_WhatHappened");

    public ILocator Language => page.Locator("select#Input_Language");

    public ILocator Submit => page.GetByTestId("write-letter");

    public ILocator ErrorSummary => page.GetByTestId("error-summary");

    public ILocator Letter => page.GetByTestId("letter");

    /// <summary>The letter to send (not the translation next to it).</summary>
    public ILocator Subject => Letter.GetByTestId("letter-subject");

    public ILocator Body => Letter.GetByTestId("letter-body");

    public ILocator Translation => page.GetByTestId("letter-translation");

    public async Task FillAsync(LetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        await FullName.FillAsync(details.FullName);
        await Email.FillAsync(details.Email);
        if (details.PostalAddress is not null)
        {
            await PostalAddress.FillAsync(details.PostalAddress);
        }

        if (details.WhatHappened is not null)
        {
            await WhatHappened.FillAsync(details.WhatHappened);
        }

        if (details.Language is not null)
        {
            await Language.SelectOptionAsync(details.Language);
        }
    }

    /// <summary>Fills the form, posts it and waits for the letter.</summary>
    public async Task WriteAsync(LetterDetails details)
    {
        await FillAsync(details);
        await Submit.ClickAsync();
        await Expect(Subject).ToBeVisibleAsync();
    }

    /// <summary>The subject and body exactly as the page shows them (rendered text, line breaks included).</summary>
    public async Task<(string Subject, string Body)> ShownLetterAsync() => (await Subject.InnerTextAsync(), await Body.InnerTextAsync());

    /// <summary>Clicks one of the download buttons (form submits) and returns the file's name and bytes.</summary>
    public async Task<(string FileName, byte[] Content)> DownloadAsync(string testId)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(testId).ClickAsync());
        var failure = await download.FailureAsync();
        Assert.True(failure is null, $"Download from {testId} failed: {failure}");
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    public async Task<(string FileName, string Text)> DownloadTextAsync(string testId)
    {
        var (name, content) = await DownloadAsync(testId);
        return (name, new UTF8Encoding(false).GetString(content).TrimStart('\uFEFF'));
    }
}
