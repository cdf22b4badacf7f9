using System.Net;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Shared;
using AllFlows = AccountExit.Web.Pages.Shared.Flows;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Flows;

/// <summary>Issue 9: each flow is described once, and the description drives its routes, step bar, navigation, home page and chooser.</summary>
public sealed class FlowDescriptionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] FlowKeys = ["Flow_Name", "Flow_Title", "Flow_Nav", "Flow_Action", "Flow_Action_Text"];

    public static TheoryData<string, string> Steps()
    {
        var data = new TheoryData<string, string>();
        foreach (var flow in AllFlows.All)
        {
            foreach (var step in flow.Steps)
            {
                data.Add(flow.Code, step.Segment);
            }
        }

        return data;
    }

    [Fact]
    public void TheFourFlows_AreFoundInOrder()
    {
        Assert.Equal(["close", "unlock", "prime", "data"], AllFlows.All.Select(f => f.Code));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task EveryStep_AnswersAtTheAddressItsDescriptionGives_WithItsStepBar(string code, string segment)
    {
        var flow = AllFlows.Find(code)!;
        var step = flow.Step(segment);
        // Amazon.de names no Prime phone or callback; Japan has both.
        var market = step.Group is null ? "de" : "jp";
        var path = segment.Length == 0 ? $"/{code}/{market}" : $"/{code}/{market}/{segment}";

        var html = await app.GetStringAsync(path, "en");

        var bar = Html.ByTestId(html, "wizard-steps");
        Assert.NotNull(bar);
        var shownAs = step.Within ?? step.Segment;
        var label = Resx.Value(ResourceOf(flow), "en", flow.Step(shownAs).Label!);
        Assert.Contains($"<span aria-current=\"step\">{label}</span>", bar, StringComparison.Ordinal);
        Assert.All(Html.Hrefs(bar), href => Assert.StartsWith($"/{code}/{market}", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownStep_IsNotFound()
    {
        using var response = await app.GetAsync("/data/de/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Navigation_HomePage_AndChooser_ListEveryFlow()
    {
        var home = await app.GetStringAsync("/", "en");

        foreach (var flow in AllFlows.All)
        {
            var text = (string key) => Resx.Value(ResourceOf(flow), "en", key);
            Assert.Contains($"<a href=\"/{flow.Code}\">{text("Flow_Nav")}</a>", home, StringComparison.Ordinal);
            Assert.Equal(text("Flow_Action"), Html.Text(Html.ByTestId(home, $"action-{flow.Code}")!));
            var chooser = await app.GetStringAsync($"/{flow.Code}", "en");
            Assert.Contains($"<h1>{text("Flow_Title")}</h1>", chooser, StringComparison.Ordinal);
            using var client = app.CreateNoRedirectClient();
            using var chosen = await client.GetAsync($"/{flow.Code}?market=de");
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
            Assert.Equal($"/{flow.Code}/de", chosen.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public void EveryFlowResource_NamesTheFlowAndItsSteps_InEveryCulture()
    {
        foreach (var flow in AllFlows.All)
        {
            var keys = FlowKeys.Concat(flow.Steps.Select(s => s.Label).OfType<string>()).Concat(flow.Steps.Select(s => s.Group).OfType<string>()).Distinct();
            foreach (var culture in Resx.Translations.Prepend("en"))
            {
                foreach (var key in keys)
                {
                    Assert.False(string.IsNullOrWhiteSpace(Resx.Value(ResourceOf(flow), culture, key)), $"{flow.Code}: {key} is empty in '{culture}'.");
                }
            }
        }
    }

    [Fact]
    public void EveryLetterKind_HasItsNameAndIntro_InEveryCulture()
    {
        foreach (var kind in LetterKind.All.Where(k => k.Code != LetterKinds.PrimeCallScript))
        {
            foreach (var culture in Resx.Translations.Prepend("en"))
            {
                Assert.False(string.IsNullOrWhiteSpace(Resx.Value("Pages/Letters/LetterResource", culture, $"Kind_{kind.Code}")), $"Kind_{kind.Code} in '{culture}'");
                Assert.False(string.IsNullOrWhiteSpace(Resx.Value("Pages/Letters/LetterResource", culture, $"Kind_{kind.Code}_Intro")), $"Kind_{kind.Code}_Intro in '{culture}'");
            }
        }
    }

    /// <summary>The resource's base name under Resources, e.g. "Pages/CloseAccount/CloseResource".</summary>
    private static string ResourceOf(FlowDescription flow) => $"Pages{flow.Folder}/{flow.Resource.Name}";
}
