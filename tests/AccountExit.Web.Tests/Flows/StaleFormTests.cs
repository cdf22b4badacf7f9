using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

public sealed class StaleFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Post_WithATokenRenewedByAnotherTab_ShowsTheFormAgainWithWhatWasTyped()
    {
        using var client = app.CreateNoRedirectClient(handleCookies: true);
        var firstTab = await client.GetStringAsync("/close/de/letter");
        var staleToken = Token(firstTab);
        using (var otherClient = app.CreateNoRedirectClient(handleCookies: false))
        {
            // A second tab opened without the cookie gets a new cookie token; the first tab's token no longer matches it.
            using var secondTab = await otherClient.GetAsync("/close/de/letter");
            var renewedCookie = secondTab.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("ae-antiforgery=", StringComparison.Ordinal)).Split(';')[0];
            using var post = new HttpRequestMessage(HttpMethod.Post, "/close/de/letter?kind=erasure-gdpr");
            post.Headers.Add("Cookie", renewedCookie);
            post.Content = new FormUrlEncodedContent(
            [
                new("Input.FullName", "Erika Mustermann"),
                new("Input.Email", "erika@example.com"),
                new("__RequestVerificationToken", staleToken),
            ]);

            using var response = await otherClient.SendAsync(post);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull(Html.ByTestId(html, "form-expired"));
            Assert.Contains("value=\"Erika Mustermann\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"erika@example.com\"", html, StringComparison.Ordinal);
            Assert.Null(Html.ByTestId(html, "letter"));
        }
    }

    private static string Token(string html) =>
        Html.Tags(html, "input")
            .Where(tag => Html.Attribute(tag, "name") == "__RequestVerificationToken")
            .Select(tag => Html.Attribute(tag, "value")!)
            .Single();
}
