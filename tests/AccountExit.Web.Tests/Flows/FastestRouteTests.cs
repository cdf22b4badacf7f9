using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 8: the first page of every flow, for every marketplace, opens with the quickest sourced route there.</summary>
public sealed class FastestRouteTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string> FirstPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var market in new[] { "us", "ca", "gb", "de", "fr", "it", "es", "nl", "se", "pl", "in", "jp", "sa", "ae", "eg" })
        {
            foreach (var flow in new[] { "close", "unlock", "prime" })
            {
                data.Add(flow, market);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FirstPages))]
    public async Task FirstStep_OpensWithTheFastestRouteAsALink(string flow, string market)
    {
        var html = await app.GetStringAsync($"/{flow}/{market}", "en");

        var fastest = Html.ByTestId(html, "fastest-route");
        Assert.NotNull(fastest);
        Assert.NotNull(Html.ByTestId(fastest, "fastest-route-link"));
        var main = html.IndexOf("<h1", StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-testid=\"fastest-route\"", StringComparison.Ordinal) > main, "The fastest route comes right after the heading.");
        Assert.DoesNotContain(Html.Hrefs(fastest), href => href.StartsWith("mailto:", StringComparison.Ordinal));
    }
}
