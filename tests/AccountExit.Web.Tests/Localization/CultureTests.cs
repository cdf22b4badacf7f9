using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Localization;

public sealed class CultureTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Get_WithoutLanguagePreference_RendersEnglishLeftToRight()
    {
        var html = await app.GetStringAsync("/");

        var root = Html.RootTag(html);
        Assert.Equal("en", Html.Attribute(root, "lang"));
        Assert.Equal("ltr", Html.Attribute(root, "dir"));
    }

    [Fact]
    public async Task Get_WithCultureQuery_RendersJapaneseAndRemembersItInTheCultureCookie()
    {
        using var client = app.CreateNoRedirectClient(handleCookies: true);

        using var first = await client.GetAsync(new Uri("/?culture=ja", UriKind.Relative));
        var firstHtml = await first.Content.ReadAsStringAsync();
        using var next = await client.GetAsync(new Uri("/directory", UriKind.Relative));
        var nextHtml = await next.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("ja", Html.Attribute(Html.RootTag(firstHtml), "lang"));
        Assert.Equal("ltr", Html.Attribute(Html.RootTag(firstHtml), "dir"));
        Assert.True(first.Headers.TryGetValues("Set-Cookie", out var cookies), "No culture cookie was set.");
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=c%3Dja%7Cuic%3Dja", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("ja", Html.Attribute(Html.RootTag(nextHtml), "lang"));
    }

    [Theory]
    [InlineData("fr-FR", "fr", "fr")]
    [InlineData("fr-BE", "fr", "fr")]
    [InlineData("fr-CA", "fr", "ca")]
    [InlineData("nl-BE", "nl", "nl")]
    [InlineData("it-CH", "it", "it")]
    [InlineData("pl-PL", "pl", "pl")]
    [InlineData("es-ES", "es", "es")]
    [InlineData("es-MX", "es", null)]
    public async Task Get_HomeWithARegionalBrowserLanguage_SpeaksTheLanguage_AndPicksTheMarketplaceItsSpeakersUse(string acceptLanguage, string culture, string? market)
    {
        var html = await app.GetStringAsync("/", acceptLanguage);

        Assert.Equal(culture, Html.Attribute(Html.RootTag(html), "lang"));
        var selected = Html.Tags(html, "option").Where(t => Html.Attribute(t, "selected") is not null).Select(t => Html.Attribute(t, "value")).ToList();
        Assert.Equal(market is null ? [] : [market], selected);
    }

    [Fact]
    public async Task Get_WithArabicAcceptLanguage_RendersRightToLeftWithRtlStylesheet()
    {
        var html = await app.GetStringAsync("/", "ar");

        var root = Html.RootTag(html);
        Assert.Equal("ar", Html.Attribute(root, "lang"));
        Assert.Equal("rtl", Html.Attribute(root, "dir"));
        var stylesheets = Html.Tags(html, "link").Where(t => Html.Attribute(t, "rel") == "stylesheet").Select(t => Html.Attribute(t, "href")!).ToList();
        Assert.Contains(stylesheets, href => href.Contains("bootstrap.rtl", StringComparison.Ordinal));
        Assert.DoesNotContain(stylesheets, href => href.Contains("bootstrap.min", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WithEnglishAcceptLanguage_UsesTheLeftToRightStylesheet()
    {
        var html = await app.GetStringAsync("/", "en");

        var stylesheets = Html.Tags(html, "link").Where(t => Html.Attribute(t, "rel") == "stylesheet").Select(t => Html.Attribute(t, "href")!).ToList();
        Assert.Contains(stylesheets, href => href.Contains("bootstrap.min", StringComparison.Ordinal));
        Assert.DoesNotContain(stylesheets, href => href.Contains("bootstrap.rtl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_WithUnknownCultureQuery_Returns400AndSetsNoCookie()
    {
        using var response = await app.GetAsync("/?culture=xx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }
}
