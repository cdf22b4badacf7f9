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
