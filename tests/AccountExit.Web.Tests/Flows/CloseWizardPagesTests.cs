using System.Net;
using System.Text;
using System.Text.Json;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 3: the close-account wizard's steps around the letter (before, how, next) and the marketplace choice.</summary>
public sealed class CloseWizardPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] StepSegments = ["", "/how", "/letter", "/next"];

    public static TheoryData<string, string> StepPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var market in new[] { "se", "de", "jp" })
        {
            foreach (var segment in StepSegments)
            {
                data.Add(market, segment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StepPages))]
    public async Task Get_EveryStep_Returns200WithAllFourStepsAndMarksTheCurrentOne(string market, string segment)
    {
        var html = await app.GetStringAsync($"/close/{market}{segment}");

        var steps = Html.ByTestId(html, "wizard-steps");
        Assert.NotNull(steps);
        Assert.Equal(4, Html.Tags(steps, "li").Count);
        var linked = Html.Hrefs(steps);
        var others = StepSegments.Where(s => s != segment).Select(s => $"/close/{market}{s}");
        Assert.Equal(others.Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
        Assert.Contains("aria-current=\"step\"", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CloseWithoutMarket_AsksForTheMarketplace()
    {
        var html = await app.GetStringAsync("/close", "en");

        var select = Html.Tags(html, "select").SingleOrDefault(tag => Html.Attribute(tag, "name") == "market");
        Assert.NotNull(select);
        var options = Html.Tags(html, "option").Select(tag => Html.Attribute(tag, "value")).ToList();
        Assert.Contains("se", options);
        Assert.Contains("de", options);
        Assert.Contains("jp", options);
        Assert.NotNull(Html.ByTestId(html, "choose-market"));
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("ja", "jp")]
    [InlineData("sv", "se")]
    public async Task Get_CloseWithoutMarket_PreselectsTheBrowsersMarketplace(string acceptLanguage, string expectedMarket)
    {
        var html = await app.GetStringAsync("/close", acceptLanguage);

        var selected = Html.Tags(html, "option").Where(tag => Html.Attribute(tag, "selected") is not null).Select(tag => Html.Attribute(tag, "value")).ToList();
        Assert.Equal([expectedMarket], selected);
    }

    [Fact]
    public async Task Get_CloseWithMarketQuery_RedirectsToThatMarketsWizard()
    {
        using var response = await app.GetAsync("/close?market=se");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther, $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.Equal("/close/se", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/close/zz")]
    [InlineData("/close/zz/how")]
    [InlineData("/close/zz/letter")]
    [InlineData("/close/zz/next")]
    public async Task Get_UnknownMarket_Returns404(string path)
    {
        using var response = await app.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetHow_Germany_ShowsPrivacyContactAsMailtoLink()
    {
        var html = await app.GetStringAsync("/close/de/how", "en");

        Assert.Contains("mailto:eu-privacy@amazon.de", Html.Hrefs(html));
        var privacy = Html.ById(html, "de-privacy-email");
        Assert.NotNull(privacy);
        Assert.Contains("eu-privacy@amazon.de", Html.Text(privacy), StringComparison.Ordinal);
        Assert.Null(Html.ByTestId(html, "no-privacy-contact"));
    }

    [Fact]
    public async Task GetHow_Germany_ShowsEveryCustomerServiceEntryForClosing()
    {
        var channels = await ChannelsAsync("/api/v1/channels?market=de&purpose=close-account");
        var expectedKeys = channels.Where(c => c.Role == "customer-service" && c.Scope != "region-not-confirmed").Select(c => c.Key).ToList();
        var unplacedKeys = channels.Where(c => c.Scope == "region-not-confirmed").Select(c => c.Key).ToList();

        var html = await app.GetStringAsync("/close/de/how", "en");

        Assert.Contains("de-close-contact-form", expectedKeys);
        Assert.All(expectedKeys, key => Assert.True(Html.ById(html, key) is not null, $"/close/de/how does not show the customer-service entry {key}."));
        Assert.All(unplacedKeys, key => Assert.True(Html.ById(html, key) is null, $"/close/de/how lists {key}, whose region is not confirmed, as a contact of amazon.de."));
        Assert.DoesNotContain(Html.Hrefs(html), href => href.StartsWith("mailto:cis@", StringComparison.Ordinal));
        Assert.NotNull(Html.ById(html, "de-privacy-dsar-web"));
    }

    [Theory]
    [InlineData("us", "us-data-deletion-web")]
    [InlineData("de", "de-data-deletion-web")]
    [InlineData("se", "global-close-help-web")]
    public async Task GetHow_StartsWithTheFastestRouteAndListsItFirst(string market, string fastestKey)
    {
        var html = await app.GetStringAsync($"/close/{market}/how", "en");

        var fastest = Html.ByTestId(html, "fastest-route");
        Assert.NotNull(fastest);
        Assert.Equal(fastestKey, LetterFormats.AttributeOfTestId(html, "fastest-route", "data-key"));
        Assert.Equal(fastestKey, LetterFormats.AttributeOfTestId(html, "channel", "data-key"));
    }

    [Fact]
    public async Task GetHow_Japan_SaysThereIsNoPrivacyContact_AndWhatTheLetterCites()
    {
        var html = await app.GetStringAsync("/close/jp/how", "en");

        var none = Html.ByTestId(html, "no-privacy-contact");
        Assert.NotNull(none);
        Assert.Equal(Resx.Value("Pages/CloseAccount/CloseResource", "en", "How_Privacy_None"), Html.Text(none));
        var appi = AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds).Laws.Single(l => l.Code == "appi");
        Assert.Equal(appi.Status["en"], Html.Text(Html.ByTestId(html, "law-status")!));
        Assert.DoesNotContain(Html.Hrefs(html), href => href.Contains("privacy@", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetNext_Germany_ShowsDeadlineOneCalendarMonthFromToday()
    {
        var window = new DeadlineWindow();

        var html = await app.GetStringAsync("/close/de/next", "en");

        var deadline = Html.ByTestId(html, "deadline");
        Assert.NotNull(deadline);
        window.AssertShownIn(Html.Text(deadline), "en");
    }

    [Fact]
    public async Task GetNext_Germany_LinksToFollowUpComplaintAndCalendar()
    {
        var html = await app.GetStringAsync("/close/de/next", "en");

        var hrefs = Html.Hrefs(html);
        Assert.Contains("/close/de/letter?kind=follow-up", hrefs);
        Assert.Contains("/close/de/letter?kind=complaint", hrefs);
        Assert.Contains("/close/de/next?handler=ics", hrefs);
    }

    [Fact]
    public async Task GetNextIcs_Germany_GivesTheDeadlineAsAllDayEvent()
    {
        var window = new DeadlineWindow();

        using var response = await app.GetAsync("/close/de/next?handler=ics", "en");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var lines = LetterFormats.UnfoldIcs(text);
        Assert.Contains(LetterFormats.IcsValue(lines, "DTSTART;VALUE=DATE"), window.Deadlines.Select(LetterFormats.IcsDate));
        Assert.Contains("/close/de/letter?kind=follow-up", LetterFormats.UnescapeIcsText(LetterFormats.IcsValue(lines, "DESCRIPTION")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetNext_Japan_SaysTheAppiGivesNoNumberOfDays()
    {
        var window = new DeadlineWindow("jp");

        var html = await app.GetStringAsync("/close/jp/next", "en");

        var deadline = Html.ByTestId(html, "deadline");
        Assert.NotNull(deadline);
        var template = Resx.Value("Pages/CloseAccount/CloseResource", "en", "Deadline_WithoutDelay").Replace("{0}", "APPI (個人情報保護法)", StringComparison.Ordinal);
        var expected = window.Formatted("en").Select(date => template.Replace("{1}", date, StringComparison.Ordinal));
        Assert.Contains(Html.Text(deadline), expected);
    }

    [Theory]
    [InlineData("in")]
    [InlineData("ae")]
    public async Task GetNext_WhereNoLawIsCited_ShowsNonGdprDeadlineText(string market)
    {
        var window = new DeadlineWindow(market);

        var html = await app.GetStringAsync($"/close/{market}/next", "en");

        var template = Resx.Value("Pages/CloseAccount/CloseResource", "en", "Deadline_NonGdpr");
        var expected = window.Formatted("en").Select(date => template.Replace("{0}", date, StringComparison.Ordinal));
        Assert.Contains(Html.Text(Html.ByTestId(html, "deadline")!), expected);
    }

    private async Task<IReadOnlyList<(string Key, string Role, string Scope)>> ChannelsAsync(string path)
    {
        using var response = await app.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("channels").EnumerateArray()
            .Select(c => (c.GetProperty("key").GetString()!, c.GetProperty("role").GetString()!, c.GetProperty("scope").GetString()!))
            .ToList();
    }
}
