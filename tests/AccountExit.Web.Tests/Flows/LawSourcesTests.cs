using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>The page that shows what every law statement in the letters rests on.</summary>
public sealed class LawSourcesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly AccountExit.Core.Seeding.SeedSet Seeds = AccountExit.Core.Seeding.SeedReader.Read(RepoPaths.Seeds);

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    [InlineData("ar")]
    public async Task EveryLaw_IsShownWithWhetherItIsInForce_AndEveryQuote(string culture)
    {
        var html = await app.GetStringAsync("/sources/laws", culture);

        foreach (var law in Seeds.Laws)
        {
            var section = Html.ByTestId(html, "law-" + law.Code);
            Assert.NotNull(section);
            var badge = Html.Text(Html.ByTestId(section, "law-in-force")!);
            Assert.Equal(Resx.Value("SharedResource", culture, law.InForce ? "LawSources_InForce" : "LawSources_NotInForce"), badge);
            Assert.Contains(Html.Text(law.Status[culture]), Html.Text(section), StringComparison.Ordinal);
            foreach (var right in law.Rights)
            {
                Assert.Contains(right.Article, Html.Text(section), StringComparison.Ordinal);
            }
        }

        var quotes = Html.Tags(html, "q").Count;
        Assert.True(quotes >= Seeds.Laws.Sum(l => l.Rights.Sum(r => r.Sources.Count)), $"only {quotes} quotes shown");
    }

    [Fact]
    public async Task TheLetterStep_LinksToItsLawsSources()
    {
        var html = await app.GetStringAsync("/close/in/letter", "en");

        Assert.Equal("/sources/laws#law-dpdp", LetterFormats.AttributeOfTestId(html, "law-sources", "href"));
        using var page = await app.GetAsync("/sources/laws");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task TheGermanAuthorities_AreListedWithTheirSourcedContacts()
    {
        var html = await app.GetStringAsync("/sources/laws", "de");

        var bavaria = Html.ByTestId(html, "authority-de-by");
        Assert.NotNull(bavaria);
        Assert.Contains("poststelle@lda.bayern.de", bavaria, StringComparison.Ordinal);
        Assert.Contains("datenanfragen", Html.Hrefs(bavaria).Single(h => h.Contains("github.com", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
