using System.Net;
using System.Text;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 4: the unlock wizard: why accounts get locked, whom to contact, and the appeal letter.</summary>
public sealed class UnlockFlowTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string UnlockResource = "Pages/UnlockAccount/UnlockResource";
    private const string LetterResource = "Pages/Letters/LetterResource";
    private const string WhatHappened = "Seit dem 3. November kann ich nicht mehr bestellen.\nIch habe mein Passwort bereits geändert.";

    private static readonly string[] Reasons = ["returns", "payment", "personal-data", "bulk-orders", "far-sign-in"];

    private static readonly LetterForm Appeal = new("Erika Müller", "erika@example.com") { Language = "de", WhatHappened = WhatHappened };

    [Theory]
    [InlineData("")]
    [InlineData("/contact")]
    [InlineData("/letter")]
    [InlineData("/tips")]
    public async Task Get_EveryStepForGermany_Returns200WithTheWizardSteps(string segment)
    {
        var html = await app.GetStringAsync($"/unlock/de{segment}", "de");

        var steps = Html.ByTestId(html, "wizard-steps");
        Assert.NotNull(steps);
        Assert.Equal(4, Html.Tags(steps, "li").Count);
        Assert.Contains("aria-current=\"step\"", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnlockGermanyInGerman_ListsTheCommonReasons()
    {
        var html = await app.GetStringAsync("/unlock/de", "de");

        var text = Html.Text(html);
        Assert.All(Reasons, reason => Assert.Contains(Resx.Value(UnlockResource, "de", "Reason_" + reason), text, StringComparison.Ordinal));
        var hrefs = Html.Hrefs(html);
        Assert.Contains("/unlock/de/contact?case=signed-in", hrefs);
        Assert.Contains("/unlock/de/contact?case=locked-out", hrefs);
    }

    [Fact]
    public async Task GetContact_LockedOut_DescribesTheEmailRouteWithoutAGuessedAddressAndShowsAmazonHelp()
    {
        var html = await app.GetStringAsync("/unlock/de/contact?case=locked-out", "de");

        var email = Html.ById(html, "global-unlock-email");
        Assert.NotNull(email);
        Assert.DoesNotContain(Html.Hrefs(email), href => href.StartsWith("mailto:", StringComparison.Ordinal));
        Assert.NotNull(Html.ByTestId(email, "source-caveat"));
        Assert.DoesNotContain("cis@", html, StringComparison.Ordinal);
        var social = Html.ById(html, "global-social-x");
        Assert.NotNull(social);
        Assert.Contains("@AmazonHelp", Html.Text(social), StringComparison.Ordinal);
        Assert.Null(Html.ByTestId(html, "section-signed-in"));
    }

    [Fact]
    public async Task GetContact_SignedIn_ShowsThePhraseThatReachesAnAgent()
    {
        var html = await app.GetStringAsync("/unlock/de/contact?case=signed-in", "de");

        var phrase = Html.ByTestId(html, "agent-phrase");
        Assert.NotNull(phrase);
        Assert.Equal("„Verbinden Sie mich mit einem Agenten“", Html.Text(phrase));
        Assert.Contains("lang=\"de\"", Html.Tags(html, "p").Single(t => t.Contains("agent-phrase", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.NotNull(Html.ByTestId(html, "section-signed-in"));
        Assert.Null(Html.ByTestId(html, "section-locked-out"));
    }

    [Fact]
    public async Task GetContact_India_LinksToAmazonInsOwnContactPageNeverToAmazonCom()
    {
        var html = await app.GetStringAsync("/unlock/in/contact", "en");

        Assert.Contains("https://www.amazon.in/contact-us", Html.Hrefs(html));
        Assert.DoesNotContain(Html.Hrefs(html), href => href.StartsWith("https://www.amazon.com/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("in", "in-contact-page")]
    [InlineData("us", "us-contact-chat")]
    [InlineData("jp", "jp-contact-page")]
    public async Task GetWhat_StartsWithTheMarketplacesOwnContactPage(string market, string key)
    {
        var html = await app.GetStringAsync($"/unlock/{market}", "en");

        var fastest = Html.ByTestId(html, "fastest-route");
        Assert.NotNull(fastest);
        Assert.Equal(key, LetterFormats.AttributeOfTestId(html, "fastest-route", "data-key"));
        var domain = market switch { "in" => "amazon.in", "us" => "amazon.com", _ => "amazon.co.jp" };
        Assert.Contains(Html.Hrefs(fastest), href => href.StartsWith($"https://www.{domain}/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("in", "en")]
    public async Task GetContact_ExecutiveLongShot_ShowsNoAddress(string market, string culture)
    {
        var html = await app.GetStringAsync($"/unlock/{market}/contact", culture);

        var executive = Html.ById(html, "global-exec-email");
        Assert.NotNull(executive);
        Assert.Null(Html.ByTestId(executive, "channel-link"));
        Assert.DoesNotContain(Html.Hrefs(executive), href => href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("channel-value", executive, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AppealWithoutWhatHappened_SaysItIsRequired()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal with { WhatHappened = null }, culture: "de");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ByTestId(response.Text, "error-WhatHappened");
        Assert.NotNull(error);
        Assert.Equal(Resx.Value(LetterResource, "de", "Error_WhatHappened_Required"), Html.Text(error));
        Assert.NotNull(Html.ByTestId(response.Text, "error-summary"));
    }

    [Fact]
    public async Task Post_AppealWithOrderNumber_PutsTheOrderNumberInTheBody()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal with { LastOrderNumber = "123-1234567-1234567" }, culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("123-1234567-1234567", ShownLetter.Read(response.Text).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AppealWithMalformedOrderNumber_ShowsFieldErrorAndKeepsTheValue()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal with { LastOrderNumber = "12345" }, culture: "de");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ByTestId(response.Text, "error-LastOrderNumber");
        Assert.NotNull(error);
        Assert.Equal(Resx.Value(LetterResource, "de", "Error_OrderNumber_Format"), Html.Text(error));
        var input = Html.Tags(response.Text, "input").Single(tag => Html.Attribute(tag, "name") == "Input.LastOrderNumber");
        Assert.Equal("12345", Html.Attribute(input, "value"));
    }

    [Fact]
    public async Task Post_WhatHappenedOver2000Characters_ShowsFieldError()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal with { WhatHappened = new string('x', 2001) }, culture: "de");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var error = Html.ByTestId(response.Text, "error-WhatHappened");
        Assert.NotNull(error);
        Assert.Contains("2000", Html.Text(error).Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WhatHappenedOf2000Characters_IsAccepted()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal with { WhatHappened = new string('x', 2000) }, culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Post_Appeal_WritesGermanAppealWithWhatHappenedAndNoGuessedRecipient()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Null(letter.To);
        Assert.NotNull(Html.ByTestId(response.Text, "send-instead"));
        Assert.Equal("de", letter.Language);
        Assert.Contains("Sehr geehrte Damen und Herren", letter.Body, StringComparison.Ordinal);
        Assert.Contains(WhatHappened, letter.Body, StringComparison.Ordinal);
        Assert.Contains("Erika Müller", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.Null(Html.ByTestId(response.Text, "download-ics"));
    }

    [Fact]
    public async Task Post_Appeal_MailtoDecodesToTheShownLetter()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, culture: "de");

        var letter = ShownLetter.Read(response.Text);
        var href = LetterFormats.AttributeOfTestId(response.Text, "mailto", "href");
        Assert.NotNull(href);
        var mailto = MailtoParts.Parse(href);
        Assert.Equal(string.Empty, mailto.To);
        Assert.Equal(letter.Subject, mailto.Subject);
        Assert.Equal(letter.Body.ReplaceLineEndings("\r\n"), mailto.Body);
        Assert.DoesNotContain('+', mailto.EncodedBody);
    }

    [Fact]
    public async Task PostEml_Appeal_IsADraftWithNoRecipientAndTheShownLetter()
    {
        var shown = ShownLetter.Read((await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, culture: "de")).Text);

        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, "eml", culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("message/rfc822", response.MediaType);
        Assert.Equal("attachment", response.DispositionType);
        Assert.True(response.NoStore);
        var message = EmlMessage.Parse(Encoding.ASCII.GetString(response.Body.Span));
        Assert.DoesNotContain("\r\nTo:", "\r\n" + Encoding.ASCII.GetString(response.Body.Span), StringComparison.Ordinal);
        Assert.Equal(("Erika Müller", "erika@example.com"), message.From);
        Assert.Equal(shown.Subject, message.Mime.Subject);
        Assert.Equal(shown.Body.ReplaceLineEndings("\r\n"), message.Body);
    }

    [Fact]
    public async Task PostTxt_Appeal_HasSubjectAndBody()
    {
        var shown = ShownLetter.Read((await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, culture: "de")).Text);

        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, "txt", culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain", response.MediaType);
        Assert.True(response.NoStore);
        var text = response.Text.ReplaceLineEndings("\n");
        Assert.Contains(shown.Subject, text, StringComparison.Ordinal);
        Assert.Contains(shown.Body, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostPrint_Appeal_ShowsPrintView()
    {
        var response = await LetterPost.SendAsync(app, "/unlock/de/letter", null, Appeal, "print", culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.NoStore);
        var printView = Html.ByTestId(response.Text, "print-view");
        Assert.NotNull(printView);
        Assert.Contains(WhatHappened, ShownLetter.Read(printView).Body, StringComparison.Ordinal);
    }
}
