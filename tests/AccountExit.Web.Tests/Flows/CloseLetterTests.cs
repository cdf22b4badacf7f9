using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 3: the close-account letter: kind, language, recipient, law and deadline per marketplace.</summary>
public sealed partial class CloseLetterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Name = "Erika Müller";
    private const string Email = "erika@example.com";
    private const string LetterResource = "Pages/Letters/LetterResource";

    private static readonly LetterForm Person = new(Name, Email);

    [Fact]
    public async Task Get_SwedenInSwedish_OffersErasureRequestInSwedishByDefault()
    {
        var html = await app.GetStringAsync("/close/se/letter", "sv");

        Assert.Equal(["sv"], SelectedLanguages(html));
        Assert.Equal("page", LetterFormats.AttributeOfTestId(html, "kind-erasure-gdpr", "aria-current"));
        Assert.Null(Html.ByTestId(html, "kind-closure"));
    }

    [Fact]
    public async Task Post_SwedenInSwedish_WritesSwedishErasureRequestCitingArticle17WithDeadline()
    {
        var window = new DeadlineWindow("se");

        var response = await LetterPost.SendAsync(app, "/close/se/letter", null, Person, culture: "sv");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal("sv", letter.Language);
        Assert.Contains("17", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("17", letter.Body, StringComparison.Ordinal);
        Assert.Contains("dataskyddsförordningen", letter.Body, StringComparison.Ordinal);
        window.AssertShownIn(letter.Body, "sv");
        Assert.Contains(Name, letter.Body, StringComparison.Ordinal);
        Assert.Contains(Email, letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("se", "sv")]
    [InlineData("us", "en")]
    [InlineData("jp", "ja")]
    [InlineData("in", "en")]
    [InlineData("sa", "ar")]
    public async Task Post_MarketplaceWithoutASourcedMailbox_LeavesTheRecipientEmptyAndSaysWhereToSendIt(string market, string culture)
    {
        var how = await app.GetStringAsync($"/close/{market}/how", culture);

        var response = await LetterPost.SendAsync(app, $"/close/{market}/letter", null, Person with { Resident = "false" }, culture: culture);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Null(letter.To);
        Assert.Equal(Resx.Value(LetterResource, culture, "Letter_To_None") + " " + Resx.Value(LetterResource, culture, "Letter_To_None_Link"), letter.NoRecipient);
        var instead = Html.ByTestId(response.Text, "send-instead");
        Assert.NotNull(instead);
        Assert.NotEmpty(Html.AllByTestId(instead, "channel-brief"));
        Assert.Contains(Html.Hrefs(instead), href => href.StartsWith("https://", StringComparison.Ordinal));
        var mailto = MailtoParts.Parse(Html.Hrefs(response.Text).Single(h => h.StartsWith("mailto:", StringComparison.Ordinal)));
        Assert.Equal(string.Empty, mailto.To);
        Assert.DoesNotContain(Html.Hrefs(how), href => href.StartsWith("mailto:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostEml_MarketplaceWithoutASourcedMailbox_HasNoToHeader()
    {
        var response = await LetterPost.SendAsync(app, "/close/se/letter", null, Person, handler: "eml", culture: "sv");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.DoesNotContain("\r\nTo:", "\r\n" + response.Text, StringComparison.Ordinal);
        Assert.Contains("From:", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Poland_GoesToThePrivacyMailboxWhoseRecordCoversAmazonPl()
    {
        var response = await LetterPost.SendAsync(app, "/close/pl/letter", null, Person with { Language = "en" }, culture: "en");

        var letter = ShownLetter.Read(response.Text);
        Assert.Equal("eu-privacy@amazon.de", letter.To);
        Assert.NotNull(Html.ByTestId(response.Text, "recipient"));
    }

    [Fact]
    public async Task Get_GermanyInEnglish_PreselectsGermanLetter()
    {
        var html = await app.GetStringAsync("/close/de/letter", "en");

        Assert.Equal(["de"], SelectedLanguages(html));
    }

    [Fact]
    public async Task Post_GermanyInEnglish_WritesGermanLetterToPrivacyTeamWithEnglishTranslation()
    {
        var response = await LetterPost.SendAsync(app, "/close/de/letter", "erasure-gdpr", Person with { Language = "de" }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal("eu-privacy@amazon.de", letter.To);
        Assert.Equal("de", letter.Language);
        Assert.Contains("DSGVO", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("Sehr geehrte Damen und Herren", letter.Body, StringComparison.Ordinal);
        var translation = Html.ByTestId(response.Text, "letter-translation");
        Assert.NotNull(translation);
        Assert.Contains("lang=\"en\"", translation, StringComparison.Ordinal);
        var translationText = Html.Text(translation);
        Assert.Contains("GDPR", translationText, StringComparison.Ordinal);
        Assert.DoesNotContain("DSGVO", translationText, StringComparison.Ordinal);
        Assert.Contains(Name, translationText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_JapanInJapanese_CitesArticle35OfTheAppi_AndAsksForADate()
    {
        var window = new DeadlineWindow("jp");

        var response = await LetterPost.SendAsync(app, "/close/jp/letter", null, Person, culture: "ja");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("page", LetterFormats.AttributeOfTestId(response.Text, "kind-erasure-appi", "aria-current"));
        var letter = ShownLetter.Read(response.Text);
        Assert.Null(letter.To);
        Assert.Equal("ja", letter.Language);
        Assert.Matches(Japanese(), letter.Subject);
        Assert.Contains("個人情報の保護に関する法律", letter.Body, StringComparison.Ordinal);
        Assert.Contains("第35条", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.Contains("遅滞なく", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("GDPR", letter.Subject + letter.Body, StringComparison.Ordinal);
        window.AssertShownIn(letter.Body, "ja");
        Assert.Equal(Seeds.Laws.Single(l => l.Code == "appi").Status["ja"], Html.Text(Html.ByTestId(response.Text, "law-status")!));
        Assert.Null(Html.ByTestId(response.Text, "letter-translation"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task Post_UnitedStates_CitesTheCcpa_OnlyForACaliforniaResident(string resident, bool cites)
    {
        var response = await LetterPost.SendAsync(app, "/close/us/letter", null, Person with { Resident = resident }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal(cites, letter.Body.Contains("1798.105", StringComparison.Ordinal));
        Assert.Equal(cites, letter.Body.Contains("California resident", StringComparison.Ordinal));
        Assert.Equal(!cites, Html.ByTestId(response.Text, "letter-cites-no-law") is not null);
        Assert.DoesNotContain("GDPR", letter.Subject + letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnitedStates_WithoutAnAnswerToTheResidenceQuestion_AsksNextToIt()
    {
        var response = await LetterPost.SendAsync(app, "/close/us/letter", null, Person, culture: "en");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(Resx.Value(LetterResource, "en", "Error_Resident_Required"), Html.Text(Html.ByTestId(response.Text, "error-Resident")!));
        Assert.Equal("Do you live in California?", Html.Text(Html.Tags(Html.ByTestId(response.Text, "resident")!, "legend").Single()).Replace("(required)", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task Post_SaudiArabiaInArabic_CitesThePdplWithItsThirtyDays()
    {
        var response = await LetterPost.SendAsync(app, "/close/sa/letter", null, Person, culture: "ar");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("page", LetterFormats.AttributeOfTestId(response.Text, "kind-erasure-pdpl-sa", "aria-current"));
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal("ar", letter.Language);
        Assert.Contains("نظام حماية البيانات الشخصية", letter.Body, StringComparison.Ordinal);
        new DeadlineWindow("sa").AssertShownIn(letter.Body, "ar");
    }

    [Theory]
    [InlineData("in", "dpdp")]
    [InlineData("ae", "pdpl-ae")]
    [InlineData("eg", "pdpl-eg")]
    public async Task Post_WhereTheLawIsNotInForceOrUnclear_CitesNoLaw_AndThePageSaysWhy(string market, string law)
    {
        var response = await LetterPost.SendAsync(app, $"/close/{market}/letter", null, Person with { Language = "en" }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("page", LetterFormats.AttributeOfTestId(response.Text, "kind-closure", "aria-current"));
        var letter = ShownLetter.Read(response.Text);
        Assert.DoesNotContain("Art.", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Section", letter.Subject + letter.Body, StringComparison.Ordinal);
        var why = Html.Text(Html.ByTestId(response.Text, "law-status")!);
        Assert.Equal(Seeds.Laws.Single(l => l.Code == law).Status["en"], why);
        Assert.Contains("without citing a law", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnitedKingdom_CitesTheUkGdpr()
    {
        var response = await LetterPost.SendAsync(app, "/close/gb/letter", null, Person, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Contains("UK GDPR", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("UK GDPR", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2016/679", letter.Body, StringComparison.Ordinal);
        Assert.Equal("eu-privacy@amazon.co.uk", letter.To);
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("it", "it")]
    [InlineData("es", "es")]
    [InlineData("nl", "nl")]
    [InlineData("pl", "pl")]
    public async Task Get_FollowUpOnAMarketplaceWithItsOwnLanguage_IsInThatLanguageWithoutFallbackNotice(string market, string language)
    {
        var html = await app.GetStringAsync($"/close/{market}/letter?kind=follow-up", "en");

        Assert.Null(Html.ByTestId(html, "language-fallback"));
        Assert.Equal([language], SelectedLanguages(html));
    }

    [Fact]
    public async Task Get_FranceErasureRequest_IsInFrenchWithoutFallbackNotice()
    {
        var html = await app.GetStringAsync("/close/fr/letter", "en");

        Assert.Null(Html.ByTestId(html, "language-fallback"));
        Assert.Equal(["fr"], SelectedLanguages(html));
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("pl", "pl")]
    public async Task Post_FollowUpWithoutLanguage_WritesTheMarketplacesLanguage(string market, string language)
    {
        var response = await LetterPost.SendAsync(app, $"/close/{market}/letter", "follow-up", Person with { OriginalDate = "2026-03-31" }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(language, ShownLetter.Read(response.Text).Language);
        Assert.Null(Html.ByTestId(response.Text, "language-fallback"));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("gb", "en")]
    [InlineData("jp", "ja")]
    [InlineData("se", "sv")]
    [InlineData("fr", "fr")]
    [InlineData("it", "it")]
    [InlineData("es", "es")]
    [InlineData("nl", "nl")]
    [InlineData("pl", "pl")]
    public async Task Post_FollowUpWithOriginalDate_CitesThatDateWithNoPlaceholderLeft(string market, string language)
    {
        var response = await LetterPost.SendAsync(app, $"/close/{market}/letter", "follow-up", Person with { Language = language, OriginalDate = "2026-03-31" }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Contains(AccountExit.Core.Letters.LetterDates.Format(new DateOnly(2026, 3, 31), language), letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.Contains(Name, letter.Body, StringComparison.Ordinal);
        Assert.True(letter.To is null ? letter.NoRecipient is not null : letter.To.Contains('@', StringComparison.Ordinal), $"Recipient shown: {letter.To}");
    }

    [Theory]
    [InlineData("de", "de", "de-by", "poststelle@lda.bayern.de")]
    [InlineData("gb", "en", "gb", null)]
    public async Task Post_ComplaintWithOriginalDate_GoesToTheChosenAuthorityAndNamesTheController(string market, string language, string authority, string? email)
    {
        var controller = ControllerAddress(market);
        var chosen = AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds).Laws.SelectMany(l => l.Authorities).Single(a => a.Key == authority);

        var response = await LetterPost.SendAsync(app, $"/close/{market}/letter", "complaint", Person with { Language = language, OriginalDate = "2026-03-31", Authority = authority }, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        var to = Html.Text(Html.ByTestId(response.Text, "letter-to")!);
        Assert.Contains(chosen.Name, to, StringComparison.Ordinal);
        if (email is not null)
        {
            Assert.Contains(email, to, StringComparison.Ordinal);
            Assert.Equal(email, MailtoParts.Parse(LetterFormats.AttributeOfTestId(response.Text, "mailto", "href")!).To);
        }
        Assert.Contains(controller, letter.Body, StringComparison.Ordinal);
        Assert.Contains(AccountExit.Core.Letters.LetterDates.Format(new DateOnly(2026, 3, 31), language), letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.Contains("77", letter.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jp")] // no source gives the PPC an email, web form or postal address for complaints
    [InlineData("in")] // the DPDP Act's rights are not in force
    [InlineData("eg")]
    public async Task Complaint_WhereNoAuthorityCanBeReached_IsNotOffered(string market)
    {
        var letterPage = await app.GetStringAsync($"/close/{market}/letter", "en");
        var next = await app.GetStringAsync($"/close/{market}/next", "en");
        using var complaint = await app.GetAsync($"/close/{market}/letter?kind=complaint");

        Assert.Null(Html.ByTestId(letterPage, "kind-complaint"));
        Assert.Null(Html.ByTestId(next, "complaint-letter"));
        Assert.Equal(HttpStatusCode.NotFound, complaint.StatusCode);
    }

    [Fact]
    public async Task Get_FollowUpFromCalendarLink_PrefillsTheDateOfTheFirstRequest()
    {
        var html = await app.GetStringAsync("/close/de/letter?kind=follow-up&sent=2026-03-31", "en");

        var input = Html.Tags(html, "input").SingleOrDefault(tag => Html.Attribute(tag, "name") == "Input.OriginalDate");
        Assert.NotNull(input);
        Assert.Equal("2026-03-31", Html.Attribute(input, "value"));
    }

    [Fact]
    public async Task Get_UnknownKind_Returns404()
    {
        using var response = await app.GetAsync("/close/de/letter?kind=unlock-appeal");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static readonly AccountExit.Core.Seeding.SeedSet Seeds = AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds);

    private static List<string?> SelectedLanguages(string html)
    {
        var select = Html.ById(html, "Input_Language");
        Assert.NotNull(select);
        return Html.Tags(select, "option").Where(tag => Html.Attribute(tag, "selected") is not null).Select(tag => Html.Attribute(tag, "value")).ToList();
    }

    /// <summary>The controller's postal address as seeds/markets/{market}.yaml gives it (the postal entry of the privacy role).</summary>
    private static string ControllerAddress(string market) =>
        AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds).Channels
            .First(c => c is { Kind: "postal", Role: "privacy" } && c.Serves(market)).Value!.Trim();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();

}
