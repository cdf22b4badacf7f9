using System.Net;
using System.Text.Json;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 4: every number and address a wizard step shows is the directory's own entry, with its sources, in the open API.</summary>
public sealed class ChannelsMatchApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/prime/jp/call", "ja", "jp-prime-phone-free")]
    [InlineData("/unlock/de/contact", "de", "de-contact-page")]
    [InlineData("/close/pl/how", "pl", "de-privacy-email")]
    public async Task Get_WizardStep_EveryShownNumberAndAddressIsInTheChannelsApiWithSources(string path, string culture, string expectedKey)
    {
        var api = await ApiChannelsAsync();

        var html = await app.GetStringAsync(path, culture);

        var keys = Html.Tags(html, "article")
            .Where(tag => Html.Attribute(tag, "data-testid") == "channel")
            .Select(tag => Html.Attribute(tag, "data-key")!)
            .ToList();
        Assert.Contains(expectedKey, keys);
        var shownLinks = 0;
        foreach (var key in keys)
        {
            Assert.True(api.ContainsKey(key), $"{path} shows {key}, which GET /api/v1/channels does not list.");
            var channel = api[key];
            var card = Html.ById(html, key);
            Assert.NotNull(card);
            var link = Html.ByTestId(card, "channel-link");
            if (link is not null)
            {
                shownLinks++;
                Assert.Equal(channel.Value ?? channel.Href, Html.Text(link));
                Assert.Equal(channel.Href, LetterFormats.AttributeOfTestId(card, "channel-link", "href"));
            }

            Assert.NotEmpty(channel.Sources);
            var shownSources = Html.AllByTestId(card, "channel-source").Select(Html.Text).ToList();
            Assert.Equal(channel.Sources.Count, shownSources.Count);
            Assert.All(channel.Sources, source => Assert.Contains(shownSources, shown => shown.Contains(source, StringComparison.Ordinal)));
        }

        Assert.True(shownLinks > 0, $"{path} shows no number or address at all.");
    }

    [Fact]
    public async Task GetPrimeCall_Japan_PhoneLinksAreTheApisE164Numbers()
    {
        var api = await ApiChannelsAsync();

        var html = await app.GetStringAsync("/prime/jp/call", "ja");

        var telLinks = Html.Hrefs(html).Where(href => href.StartsWith("tel:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["tel:+81120999373", "tel:+81113303000"], telLinks);
        Assert.All(telLinks, tel => Assert.Contains(api.Values, c => c.E164 is not null && "tel:" + c.E164 == tel));
    }

    private async Task<Dictionary<string, ApiChannel>> ApiChannelsAsync()
    {
        using var response = await app.GetAsync("/api/v1/channels");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("channels").EnumerateArray()
            .Select(c => new ApiChannel(
                c.GetProperty("key").GetString()!,
                c.GetProperty("value").GetString(),
                c.GetProperty("href").GetString(),
                c.GetProperty("e164").GetString(),
                c.GetProperty("sources").EnumerateArray()
                    .Select(s => Text(s, "title") ?? GuideTitle(Text(s, "document")) ?? Text(s, "url") ?? string.Empty)
                    .ToList()))
            .ToDictionary(c => c.Key, StringComparer.Ordinal);
    }

    /// <summary>A card names a research guide by its title, never by its file name.</summary>
    private static string? GuideTitle(string? document) =>
        document is null ? null : AccountExit.Core.Directory.ResearchGuides.ByDocument(document)?.Title;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

public sealed record ApiChannel(string Key, string? Value, string? Href, string? E164, IReadOnlyList<string> Sources);
