using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 9: the fourth flow, "Get a copy of your data" (/data/{market}), built from its description.</summary>
public sealed class DataFlowTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Name = "Erika Müller";
    private const string Email = "erika@example.com";
    private const string DataResource = "Pages/GetData/DataResource";
    private const string LetterResource = "Pages/Letters/LetterResource";

    private static readonly LetterForm Person = new(Name, Email);

    [Fact]
    public async Task Germany_WalksFromWhatYouGet_ToTheSelfServicePage_ToTheLetter_ToWhatHappensNext()
    {
        var what = await app.GetStringAsync("/data/de", "de");
        Assert.NotNull(Html.ByTestId(what, "access-rights"));
        Assert.Equal("de-privacy-dsar-web", LetterFormats.AttributeOfTestId(what, "fastest-route", "data-key"));
        Assert.Equal("/data/de/route", LetterFormats.AttributeOfTestId(what, "next-step", "href"));

        var route = await app.GetStringAsync("/data/de/route", "de");
        var selfService = Html.ByTestId(route, "data-self-service");
        Assert.NotNull(selfService);
        Assert.Contains("https://www.amazon.de/gp/privacycentral/dsar/preview.html", Html.Hrefs(selfService));
        Assert.Equal("/data/de/letter", LetterFormats.AttributeOfTestId(route, "next-step", "href"));

        var letterPage = await app.GetStringAsync("/data/de/letter", "de");
        Assert.Equal("/data/de/next", LetterFormats.AttributeOfTestId(letterPage, "next-step", "href"));

        var next = await app.GetStringAsync("/data/de/next", "de");
        Assert.NotNull(Html.ByTestId(next, "deadline"));
        Assert.Equal("/data/de/next?handler=ics", LetterFormats.AttributeOfTestId(next, "deadline-ics", "href"));
    }

    [Theory]
    [InlineData("de", "Art. 15", "DSGVO")]
    [InlineData("en", "Article 15", "Regulation (EU) 2016/679")]
    public async Task Germany_WritesAnArticle15RequestToThePrivacyTeam_WithTheArticle12Deadline(string language, string article, string law)
    {
        var window = new DeadlineWindow();

        var response = await LetterPost.SendAsync(app, "/data/de/letter", null, Person with { Language = language }, culture: "de");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal(language, letter.Language);
        Assert.Equal("eu-privacy@amazon.de", letter.To);
        Assert.Contains("15", letter.Subject, StringComparison.Ordinal);
        Assert.Contains(article, letter.Body, StringComparison.Ordinal);
        Assert.Contains(law, letter.Body, StringComparison.Ordinal);
        Assert.Contains("12", letter.Body, StringComparison.Ordinal);
        window.AssertShownIn(letter.Body, language);
        Assert.Contains(Name, letter.Body, StringComparison.Ordinal);
        Assert.Contains(Email, letter.Body, StringComparison.Ordinal);
        Assert.Contains(Resx.Value(LetterResource, "de", "Kind_access-gdpr_Intro"), WebUtility.HtmlDecode(response.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitedKingdom_CitesTheUkGdpr()
    {
        var response = await LetterPost.SendAsync(app, "/data/gb/letter", null, Person, culture: "en");

        var letter = ShownLetter.Read(response.Text);
        Assert.Contains("UK GDPR", letter.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("2016/679", letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us", "en")]
    [InlineData("jp", "ja")]
    public async Task OutsideTheGdpr_TheRequestCitesNoLaw_AndSaysWhereToSendIt(string market, string language)
    {
        var what = await app.GetStringAsync($"/data/{market}", "en");
        Assert.Null(Html.ByTestId(what, "access-rights"));

        var response = await LetterPost.SendAsync(app, $"/data/{market}/letter", null, Person, culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal(language, letter.Language);
        Assert.Null(letter.To);
        Assert.NotNull(Html.ByTestId(response.Text, "send-instead"));
        Assert.DoesNotContain("GDPR", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("15", letter.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_FromTheLetterAndFromTheNextStep_PointsToWhatHappensNext()
    {
        var window = new DeadlineWindow();

        var fromLetter = await LetterPost.SendAsync(app, "/data/de/letter", null, Person, "ics", culture: "en");
        using var fromNext = await app.GetAsync("/data/de/next?handler=ics", "en");

        foreach (var text in new[] { LetterFormats.StrictUtf8.GetString(fromLetter.Body.Span), await fromNext.Content.ReadAsStringAsync() })
        {
            var lines = LetterFormats.UnfoldIcs(text);
            Assert.Contains(LetterFormats.IcsValue(lines, "DTSTART;VALUE=DATE"), window.Deadlines.Select(LetterFormats.IcsDate));
            var description = LetterFormats.UnescapeIcsText(LetterFormats.IcsValue(lines, "DESCRIPTION"));
            Assert.Contains("/data/de/next", description, StringComparison.Ordinal);
            Assert.DoesNotContain("kind=follow-up", description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCloseChecklist_LinksToTheDataFlow()
    {
        var html = await app.GetStringAsync("/close/de", "en");

        Assert.Equal("/data/de", LetterFormats.AttributeOfTestId(html, "get-data-link", "href"));
        Assert.Equal(Resx.Value(DataResource, "en", "Flow_Action"), Html.Text(Html.ByTestId(html, "get-data-link")!));
    }

    [Fact]
    public async Task Germany_LeavesNoPlaceholderOrResourceKeyOnAnyPage()
    {
        foreach (var path in new[] { "/data/de", "/data/de/route", "/data/de/letter", "/data/de/next", "/data/us", "/data/us/route" })
        {
            var html = await app.GetStringAsync(path, "de");
            Assert.DoesNotContain("{0}", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Kind_", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Flow_", html, StringComparison.Ordinal);
        }
    }
}
