using System.Net;
using System.Text.Json;

namespace AccountExit.Web.Tests.Api;

public sealed class DirectoryApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] LaunchMarkets = ["ae", "ca", "de", "eg", "es", "fr", "gb", "in", "it", "jp", "nl", "pl", "sa", "se", "us"];

    [Fact]
    public async Task GetMarkets_ReturnsEveryMarketplaceAsCamelCaseJson()
    {
        using var response = await app.GetAsync("/api/v1/markets");
        using var json = await ReadJsonAsync(response, HttpStatusCode.OK, "application/json");

        var markets = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(LaunchMarkets, markets.Select(m => m.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        var japan = markets.Single(m => m.GetProperty("code").GetString() == "jp");
        Assert.Equal("amazon.co.jp", japan.GetProperty("domain").GetString());
        Assert.Equal("appi", japan.GetProperty("dataProtectionLaw").GetString());
        Assert.False(japan.TryGetProperty("Domain", out _), "Property names are not camelCase.");
    }

    [Fact]
    public async Task GetChannels_ForJapanPrimeCancellation_IncludesTollFreeNumberWithLinkAndSource()
    {
        using var response = await app.GetAsync("/api/v1/channels?market=jp&purpose=cancel-prime");
        using var json = await ReadJsonAsync(response, HttpStatusCode.OK, "application/json");

        var channels = json.RootElement.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(channels.Count, json.RootElement.GetProperty("count").GetInt32());
        var free = channels.Single(c => c.GetProperty("key").GetString() == "jp-prime-phone-free");
        Assert.Equal("+81120999373", free.GetProperty("e164").GetString());
        Assert.Equal("tel:+81120999373", free.GetProperty("href").GetString());
        Assert.True(free.GetProperty("tollFree").GetBoolean());
        Assert.Equal("sourced", free.GetProperty("quality").GetString());
        Assert.Contains(free.GetProperty("sources").EnumerateArray(), s => s.GetProperty("document").GetString() == "004_bcb594c22c960b9b.txt");
        Assert.Contains(channels, c => c.GetProperty("key").GetString() == "jp-prime-phone-paid");
        Assert.All(channels, c =>
        {
            Assert.Contains("cancel-prime", c.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()));
            Assert.True(
                c.GetProperty("market").ValueKind == JsonValueKind.Null || c.GetProperty("market").GetString() == "jp",
                $"{c.GetProperty("key").GetString()} belongs to another marketplace.");
        });
    }

    [Fact]
    public async Task GetChannels_WithKindPhone_ReturnsOnlyPhones()
    {
        using var response = await app.GetAsync("/api/v1/channels?kind=phone");
        using var json = await ReadJsonAsync(response, HttpStatusCode.OK, "application/json");

        var channels = json.RootElement.GetProperty("channels").EnumerateArray().ToList();
        Assert.NotEmpty(channels);
        Assert.All(channels, c => Assert.Equal("phone", c.GetProperty("kind").GetString()));
        Assert.Contains(channels, c => c.GetProperty("key").GetString() == "jp-prime-phone-free");
    }

    [Theory]
    [InlineData("market", "zz")]
    [InlineData("kind", "fax")]
    [InlineData("purpose", "refund")]
    public async Task GetChannels_WithUnknownFilterValue_Returns400ProblemDetailsNamingTheField(string field, string value)
    {
        using var response = await app.GetAsync($"/api/v1/channels?{field}={value}");
        using var json = await ReadJsonAsync(response, HttpStatusCode.BadRequest, "application/problem+json");

        var errors = json.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"The problem details name no error for '{field}': {json.RootElement}");
        Assert.Contains(messages.EnumerateArray(), m => m.GetString()!.Contains(value, StringComparison.Ordinal));
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Single(errors.EnumerateObject());
    }

    [Fact]
    public async Task GetOpenApiDocument_DescribesTheDirectoryEndpoints()
    {
        using var response = await app.GetAsync("/openapi/v1.json");
        using var json = await ReadJsonAsync(response, HttpStatusCode.OK, "application/json");

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/channels", out _), "The OpenAPI document does not list /api/v1/channels.");
        Assert.True(paths.TryGetProperty("/api/v1/markets", out _), "The OpenAPI document does not list /api/v1/markets.");
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}:\n{body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }

    [Fact]
    public async Task GetChannels_JapanPhone_CarriesTheConflictsWithTheirSourcesAndDates()
    {
        using var response = await app.GetAsync("/api/v1/channels?market=jp&kind=phone");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var free = json.RootElement.GetProperty("channels").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "jp-prime-phone-free");
        var conflicts = free.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Equal(3, conflicts.Count);
        Assert.All(conflicts, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("says").GetProperty("en").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetProperty("url").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetProperty("quote").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetProperty("date").GetString()));
        });
        Assert.All(free.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("quote").GetString())));
    }

    [Fact]
    public async Task GetChannels_MarketFilter_NeverIncludesTheRegionNotConfirmedGroup()
    {
        using var response = await app.GetAsync("/api/v1/channels?market=us&kind=phone");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var scopes = json.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("scope").GetString()).ToList();
        Assert.NotEmpty(scopes);
        Assert.DoesNotContain("region-not-confirmed", scopes);
    }
}
