using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 12: nothing typed is lost and nothing is stored, one main action per step, free text said plainly.</summary>
public sealed class JourneyKeepsWhatYouDidTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Name = "Erika Müller";
    private const string Email = "erika@example.com";

    [Fact]
    public async Task Header_FoldsTheNavigationAndTheLanguagesIntoOneDisclosure()
    {
        var html = await app.GetStringAsync("/", "en");

        var menu = Html.ElementByTestId(html, "site-menu");
        Assert.NotNull(menu);
        Assert.Equal("DETAILS", menu.TagName);
        Assert.Equal("SUMMARY", menu.FirstElementChild?.TagName);
        Assert.Equal("Menu", menu.FirstElementChild?.TextContent.Trim());
        Assert.NotNull(menu.QuerySelector("[data-testid=language-ja]"));
        Assert.Contains(menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), href => href == "/directory");
    }

    [Fact]
    public async Task OnTheLetterStep_TheLanguageSwitchPostsTheForm_AndKeepsWhatWasTyped()
    {
        using var client = app.CreateNoRedirectClient(handleCookies: true);
        using var get = LetterPost.Request(HttpMethod.Get, "/close/de/letter", "en");
        using var page = await client.SendAsync(get);
        var html = await page.Content.ReadAsStringAsync();
        var german = Html.ElementByTestId(html, "language-de");
        Assert.NotNull(german);
        Assert.Equal("BUTTON", german.TagName);
        Assert.Equal("letter-form", german.GetAttribute("form"));
        var action = german.GetAttribute("formaction");
        Assert.Equal("/close/de/letter?kind=erasure-gdpr&handler=language&culture=de", action);

        var (status, after) = await PostAsync(client, action!, html, new() { ["Input.FullName"] = Name, ["Input.Email"] = "", ["Input.PostalAddress"] = "Hauptstraße 1", ["Input.Language"] = "en" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"de\"", after, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Name}\"", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        Assert.Contains("Hauptstraße 1</textarea>", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        Assert.Null(Html.ByTestId(after, "error-summary"));
        Assert.Contains("selected", Html.Tags(after, "option").Single(o => Html.Attribute(o, "value") == "en"), StringComparison.Ordinal);
        Assert.All(LetterFormats.UrlAttributes(after), url => Assert.DoesNotContain("Erika", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LanguageSwitch_WithACompleteForm_ShowsTheLetterAgainInTheNewLanguagesPage()
    {
        using var client = app.CreateNoRedirectClient(handleCookies: true);
        using var get = LetterPost.Request(HttpMethod.Get, "/close/de/letter", "en");
        using var page = await client.SendAsync(get);
        var html = await page.Content.ReadAsStringAsync();

        var (status, after) = await PostAsync(client, "/close/de/letter?kind=erasure-gdpr&handler=language&culture=ja", html, new() { ["Input.FullName"] = Name, ["Input.Email"] = Email, ["Input.Language"] = "de" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"ja\"", after, StringComparison.Ordinal);
        Assert.Equal("de", ShownLetter.Read(after).Language);
        Assert.NotNull(Html.ByTestId(after, "letter-translation"));
    }

    [Theory]
    [InlineData("/close/de/letter")]
    [InlineData("/unlock/de/letter")]
    [InlineData("/data/de/letter")]
    public async Task Continue_IsSecondaryUntilTheLetterIsWritten(string path)
    {
        var form = await app.GetStringAsync(path, "en");
        Assert.DoesNotContain("btn-primary", LetterFormats.AttributeOfTestId(form, "next-step", "class"), StringComparison.Ordinal);
        Assert.Contains("btn-primary", LetterFormats.AttributeOfTestId(form, "write-letter", "class"), StringComparison.Ordinal);

        var person = new LetterForm(Name, Email) { WhatHappened = path.StartsWith("/unlock", StringComparison.Ordinal) ? "Locked after a move." : null };
        var written = await LetterPost.SendAsync(app, path, null, person, culture: "en");

        Assert.Contains("btn-primary", LetterFormats.AttributeOfTestId(written.Text, "next-step", "class"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChecklistTicks_TravelToEveryStepAndBack()
    {
        var how = await app.GetStringAsync("/close/de/how?done=pending-orders&done=order-history", "en");
        var back = LetterFormats.AttributeOfTestId(how, "back-step", "href");
        Assert.Equal("/close/de?done=order-history&done=pending-orders", back);
        Assert.Equal("/close/de/letter?done=order-history&done=pending-orders", LetterFormats.AttributeOfTestId(how, "next-step", "href"));

        var before = await app.GetStringAsync(back!, "en");
        var ticked = Html.Tags(before, "input").Where(tag => Html.Attribute(tag, "type") == "checkbox" && Html.Attribute(tag, "checked") is not null)
            .Select(tag => Html.Attribute(tag, "value"));
        Assert.Equal(["pending-orders", "order-history"], ticked);

        var letter = await app.GetStringAsync("/close/de/letter?done=pending-orders", "en");
        Assert.Equal("/close/de/how?done=pending-orders", LetterFormats.AttributeOfTestId(letter, "back-step", "href"));
        Assert.Equal("/close/de/letter?kind=erasure-gdpr&done=pending-orders#letter", LetterFormats.AttributeOfTestId(letter, "letter-form", "action"));
    }

    [Fact]
    public async Task UnlockAppeal_SaysTheFreeTextGoesInAsTyped_WhenTheLetterIsInAnotherLanguage()
    {
        var english = await app.GetStringAsync("/unlock/de/letter", "en");
        var german = await app.GetStringAsync("/unlock/de/letter", "de");

        var note = Resx.Value("Pages/Letters/LetterResource", "en", "Field_WhatHappened_AsTyped").Replace("{0}", Resx.Value("Pages/Letters/LetterResource", "en", "LetterLanguage_de"), StringComparison.Ordinal);
        Assert.Contains(note, Html.Text(Html.ById(english, "Input_WhatHappened-hint")!), StringComparison.Ordinal);
        Assert.DoesNotContain(Resx.Value("Pages/Letters/LetterResource", "de", "Field_WhatHappened_AsTyped")[..10], Html.Text(Html.ById(german, "Input_WhatHappened-hint")!), StringComparison.Ordinal);
    }

    /// <summary>Posts the fields with the token of the form <paramref name="page"/> was given, as the language switch does.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string action, string page, Dictionary<string, string> fields)
    {
        fields[LetterPost.TokenField] = LetterPost.Token(page)!;
        using var post = LetterPost.Request(HttpMethod.Post, action, "en");
        post.Content = new FormUrlEncodedContent(fields);
        using var response = await client.SendAsync(post);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
