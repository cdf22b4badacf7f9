using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 4: cancelling Prime by phone, by callback, and asking for a refund.</summary>
public sealed partial class PrimeFlowTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string SharedResource = "SharedResource";

    private static readonly string[] KeyPath = ["1", "3", "1"];

    private static readonly string[] HaveReady = ["registered-email", "name", "address"];

    [Theory]
    [InlineData("")]
    [InlineData("/call")]
    [InlineData("/callback")]
    [InlineData("/refund")]
    public async Task Get_EveryStepForJapan_Returns200WithTheWizardSteps(string segment)
    {
        var html = await app.GetStringAsync($"/prime/jp{segment}", "ja");

        var steps = Html.ByTestId(html, "wizard-steps");
        Assert.NotNull(steps);
        Assert.Equal(3, Html.Tags(steps, "li").Count);
        var alternatives = Html.ByTestId(steps, "wizard-alternatives");
        Assert.NotNull(alternatives);
        Assert.Contains(Resx.Value(SharedResource, "ja", "Wizard_Or"), Html.Text(alternatives), StringComparison.Ordinal);
        var both = new[] { "/prime/jp/call", "/prime/jp/callback" };
        Assert.All(both.Where(url => url != $"/prime/jp{segment}"), url => Assert.Contains(url, Html.Hrefs(alternatives)));
    }

    [Fact]
    public async Task GetChoose_UnitedStates_OffersAWorkingCancelLinkAndOnlyTheStepsItHas()
    {
        var html = await app.GetStringAsync("/prime/us", "en");

        var fastest = Html.ByTestId(html, "fastest-route");
        Assert.NotNull(fastest);
        Assert.Contains(Html.Hrefs(fastest), href => href.StartsWith("https://www.amazon.com/", StringComparison.Ordinal));
        Assert.Contains(Html.Hrefs(Html.ByTestId(html, "prime-online")!), href => href.StartsWith("https://www.amazon.com/", StringComparison.Ordinal));
        var steps = Html.ByTestId(html, "wizard-steps")!;
        Assert.Contains("/prime/us/call", Html.Hrefs(steps));
        Assert.DoesNotContain("/prime/us/callback", Html.Hrefs(steps));
        Assert.DoesNotContain("/prime/us/callback", Html.Hrefs(html));
    }

    [Theory]
    [InlineData("/prime/us/callback")]
    [InlineData("/prime/se/call")]
    [InlineData("/prime/se/callback")]
    public async Task Get_StepWithNothingToShow_Answers404WithWhereToGoInstead(string path)
    {
        using var response = await app.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var missing = Html.ByTestId(html, "market-missing");
        Assert.NotNull(missing);
        var instead = Html.ByTestId(missing, "missing-instead");
        Assert.NotNull(instead);
        Assert.Contains(Html.Hrefs(instead), href => href.EndsWith("/refund", StringComparison.Ordinal));
        Assert.Null(Html.ByTestId(html, "prime-phones"));
        Assert.Null(Html.ByTestId(html, "prime-callback"));
        Assert.DoesNotContain(path, Html.Hrefs(Html.ByTestId(html, "wizard-steps")!));
    }

    [Fact]
    public async Task GetCall_JapanInJapanese_ShowsTollFreeAndPaidNumbersAsPhoneLinks()
    {
        var html = await app.GetStringAsync("/prime/jp/call", "ja");

        var free = Html.ById(html, "jp-prime-phone-free");
        var paid = Html.ById(html, "jp-prime-phone-paid");
        Assert.NotNull(free);
        Assert.NotNull(paid);
        Assert.Contains("tel:+81120999373", Html.Hrefs(free));
        Assert.Contains("tel:+81113303000", Html.Hrefs(paid));
        Assert.Contains("0120-999-373", Html.Text(free), StringComparison.Ordinal);
        Assert.Contains("011-330-3000", Html.Text(paid), StringComparison.Ordinal);
        Assert.Contains(Resx.Value(SharedResource, "ja", "Channel_TollFree"), Html.Text(free), StringComparison.Ordinal);
        Assert.Contains(Resx.Value(SharedResource, "ja", "Channel_Paid"), Html.Text(paid), StringComparison.Ordinal);
        Assert.DoesNotContain(Resx.Value(SharedResource, "ja", "Channel_Paid"), Html.Text(free), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCall_JapanInJapanese_ShowsTheKeysToPressInOrderWithASpokenLabel()
    {
        var html = await app.GetStringAsync("/prime/jp/call", "ja");

        var free = Html.ById(html, "jp-prime-phone-free");
        Assert.NotNull(free);
        var keyPath = Html.ByTestId(free, "key-path");
        Assert.NotNull(keyPath);
        Assert.Equal(KeyPath, Html.Tags(keyPath, "kbd").Select(tag => Html.Attribute(tag, "data-key")));
        var label = LetterFormats.AttributeOfTestId(free, "key-path", "aria-label");
        var expectedLabel = Resx.Value(SharedResource, "ja", "KeyPath_Label").Replace("{0}", string.Join(", ", KeyPath), StringComparison.Ordinal);
        Assert.Equal(expectedLabel, label);
    }

    [Fact]
    public async Task GetCall_JapanInJapanese_ShowsOperatorShortcutAndWhatToHaveReady()
    {
        var html = await app.GetStringAsync("/prime/jp/call", "ja");

        var free = Html.ById(html, "jp-prime-phone-free");
        Assert.NotNull(free);
        var shortcut = Html.ByTestId(free, "operator-shortcut");
        Assert.NotNull(shortcut);
        Assert.Equal("7", Html.Text(Regex.Match(shortcut, "<kbd[^>]*>.*?</kbd>").Value));
        Assert.StartsWith(Resx.Value(SharedResource, "ja", "KeyPath_Operator"), Html.Text(shortcut), StringComparison.Ordinal);
        var text = Html.Text(free);
        Assert.Contains(Resx.Value(SharedResource, "ja", "Channel_HaveReady"), text, StringComparison.Ordinal);
        Assert.All(HaveReady, item => Assert.Contains(Resx.Value(SharedResource, "ja", "HaveReady_" + item), text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetCallback_JapanInJapanese_ShowsEveryCallbackStepInOrder()
    {
        var steps = await CallbackStepsAsync("ja");

        var html = await app.GetStringAsync("/prime/jp/callback", "ja");

        var callback = Html.ByTestId(html, "prime-callback");
        Assert.NotNull(callback);
        var shown = Regex.Matches(Html.ById(callback, "jp-prime-callback") ?? string.Empty, "<li>(.*?)</li>", RegexOptions.Singleline)
            .Select(m => Html.Text(m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(steps);
        Assert.Equal(steps, shown);
    }

    [Fact]
    public async Task GetRefund_JapanInJapanese_ShowsTheJapaneseCallScript()
    {
        var html = await app.GetStringAsync("/prime/jp/refund", "ja");

        var script = Html.ByTestId(html, "call-script");
        Assert.NotNull(script);
        Assert.Equal("ja", LetterFormats.AttributeOfTestId(html, "call-script", "lang"));
        var text = Html.Text(script);
        Assert.Matches(Japanese(), text);
        Assert.Contains("amazon.co.jp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains("/prime/jp/letter", Html.Hrefs(html));
    }

    [Fact]
    public async Task Post_RefundLetterJapanInJapanese_WritesJapaneseRefundRequestToCustomerService()
    {
        var person = new LetterForm("山田 太郎", "taro@example.jp");

        var response = await LetterPost.SendAsync(app, "/prime/jp/letter", null, person, culture: "ja");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.NoStore);
        var letter = ShownLetter.Read(response.Text);
        Assert.Equal("ja", letter.Language);
        Assert.Null(letter.To);
        Assert.NotNull(Html.ByTestId(response.Text, "send-instead"));
        Assert.Contains("プライム", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("返金", letter.Body, StringComparison.Ordinal);
        Assert.Contains("山田 太郎", letter.Body, StringComparison.Ordinal);
        Assert.Contains("taro@example.jp", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.NotNull(Html.ByTestId(response.Text, "mailto"));
        Assert.NotNull(Html.ByTestId(response.Text, "download-eml"));
    }

    [Fact]
    public async Task GetCall_SwedenInEnglish_SaysNoNumberIsKnownAndLinksToTheDirectory()
    {
        using var response = await app.GetAsync("/prime/se/call");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain(Html.Hrefs(html), href => href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase));
        var missing = Html.ByTestId(html, "market-missing");
        Assert.NotNull(missing);
        var expected = Resx.Value("Pages/CancelPrime/PrimeResource", "en", "Missing_Text")
            .Replace("{0}", Resx.Value(SharedResource, "en", "Market_se"), StringComparison.Ordinal);
        Assert.Contains(expected, Html.Text(missing), StringComparison.Ordinal);
        Assert.Contains("/directory?market=se&purpose=cancel-prime", Html.Hrefs(missing));
    }

    [Fact]
    public async Task GetCall_UnitedStates_ShowsTheSourcedNumberAsATelLink()
    {
        var html = await app.GetStringAsync("/prime/us/call", "en");

        var phone = Html.ById(html, "us-cs-phone");
        Assert.NotNull(phone);
        Assert.Contains("tel:+18882804331", Html.Hrefs(phone));
        Assert.NotNull(Html.ByTestId(phone, "conflict"));
    }

    private async Task<List<string>> CallbackStepsAsync(string language)
    {
        using var response = await app.GetAsync("/api/v1/channels?market=jp&purpose=cancel-prime&kind=callback");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var callback = json.RootElement.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "jp-prime-callback");
        return callback.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty(language).GetString()!).ToList();
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
