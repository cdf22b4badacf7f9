using System.Net;

namespace AccountExit.Web.Tests.Operations;

/// <summary>Issue 10: a method a page has no handler for is a 405 with an Allow header, never a page rendered without its data (500).</summary>
public sealed class HttpMethodTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("PUT", "/close/de/letter")]
    [InlineData("DELETE", "/unlock/de/letter")]
    [InlineData("PATCH", "/prime/jp/letter")]
    [InlineData("PROPFIND", "/directory/report/de-privacy-email")]
    [InlineData("PUT", "/close/de")]
    [InlineData("POST", "/close/de/how")]
    [InlineData("DELETE", "/directory")]
    public async Task Request_WithAMethodThePageDoesNotHandle_Answers405WithAllow(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await app.CreateNoRedirectClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow.Concat(response.Headers.Select(h => h.Key == "Allow" ? string.Join(",", h.Value) : "")).ToList().Aggregate("", (a, b) => a + "," + b), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_OnAWizardStep_Answers200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/close/de");

        using var response = await app.CreateNoRedirectClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>Issue 10: the output cache varies only by the query keys pages read, so junk parameters cannot grow it.</summary>
public sealed class OutputCacheKeyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_WithAJunkQueryParameter_IsServedFromTheEntryOfTheSameAddressWithout()
    {
        using var first = await app.GetAsync("/api/v1/channels?market=jp");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var junk = await app.GetAsync($"/api/v1/channels?market=jp&junk={Guid.NewGuid():N}");

        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
        Assert.True(junk.Headers.Age is not null, "The answer with a junk parameter was not served from the cache entry.");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await junk.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/close/de/how")]
    [InlineData("/prime/jp/call")]
    public async Task WizardStep_IsOutputCachedThroughItsBasePageModel(string path)
    {
        using var first = await app.GetAsync(path, "en");
        using var second = await app.GetAsync(path, "en");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, $"{path} was rendered again instead of served from the output cache.");
    }

    [Fact]
    public async Task Get_ReadQueryKeys_StillGiveTheirOwnAnswers()
    {
        using var jp = await app.GetAsync("/api/v1/channels?market=jp");
        using var de = await app.GetAsync("/api/v1/channels?market=de");

        Assert.NotEqual(await jp.Content.ReadAsStringAsync(), await de.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetIcs_AfterThePageItBelongsToWasCached_IsTheCalendarNotThePage()
    {
        using var page = await app.GetAsync("/close/de/next");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        using var ics = await app.GetAsync("/close/de/next?handler=ics");

        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
    }
}
