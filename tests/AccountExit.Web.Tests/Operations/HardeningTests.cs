using System.Net;
using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountExit.Web.Tests.Operations;

/// <summary>Issue 10: the smaller findings, each with its own check, and the bounds on the report table.</summary>
public sealed class HardeningTests : IDisposable
{
    private const string Entry = "de-privacy-email";
    private readonly AppFactory app = new();

    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/404")]
    [InlineData("/error/413")]
    public async Task ErrorPage_AskedForDirectly_IsNotFoundNotTheErrorItNames(string path)
    {
        using var response = await app.GetAsync(path, "en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LetterPost_LogsNoCacheHeaderOverrideWarning()
    {
        var response = await LetterPost.SendAsync(app, "/close/de/letter", null, new LetterForm("Erika Müller", "erika@example.com"), culture: "en");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.NoStore);
        Assert.DoesNotContain(app.LogEntries, e => e.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData("bootstrap.min.css")]
    [InlineData("bootstrap.rtl.min.css")]
    public void BootstrapStylesheet_PointsToNoSourceMapThatIsNotShipped(string file)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.WebProject, "wwwroot", "lib", "bootstrap", "dist", "css", file));

        Assert.DoesNotContain("sourceMappingURL", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_OverThePerEntryCap_IsNotTakenAndKeepsTheText()
    {
        using var capped = app.WithWebHostBuilder(builder => builder.UseSetting("AccountExit:Reports:MaxPerEntry", "2"));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(capped, $"wrong {i}")).Status);
        }

        var refused = await PostReportAsync(capped, "The number is dead");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(Resx.Value("SharedResource", "en", "Report_NotTaken_EntryFull"), Html.Text(Html.ByTestId(refused.Text, "report-not-taken")!));
        Assert.Contains("The number is dead", Html.ById(refused.Text, "Problem"), StringComparison.Ordinal);
        Assert.Equal(2, Count(capped));
    }

    [Fact]
    public async Task Report_WithTheQueueFull_IsNotTakenForAnyEntry()
    {
        using var capped = app.WithWebHostBuilder(builder => builder.UseSetting("AccountExit:Reports:MaxQueued", "1"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostReportAsync(capped, "first")).Status);

        var refused = await PostReportAsync(capped, "second", "jp-prime-phone-paid");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.NotNull(refused.RetryAfter);
        Assert.Equal(Resx.Value("SharedResource", "en", "Report_NotTaken_QueueFull"), Html.Text(Html.ByTestId(refused.Text, "report-not-taken")!));
        Assert.Equal(1, Count(capped));
    }

    [Theory]
    [InlineData("A\u202Ewrong number", "Report_Error_DirectionOverride")]
    [InlineData("\u200B\u200D\u2060", "Report_Error_Required")]
    public async Task Report_WithHiddenCharacters_GetsAMessageNextToTheField(string problem, string messageKey)
    {
        var response = await PostReportAsync(app, problem);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(Resx.Value("SharedResource", "en", messageKey), Html.Text(Html.ByTestId(response.Text, "error-Problem")!));
    }

    private static Task<FormResponse> PostReportAsync(WebApplicationFactory<Program> factory, string problem, string entry = Entry) =>
        FormPost.SendAsync(factory, $"/directory/report/{entry}", FormPost.Fields(("Problem", problem)), "en");

    private static int Count(WebApplicationFactory<Program> factory)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AccountExitDbContext>().Set<EntryReport>().Count();
    }

    public void Dispose() => app.Dispose();
}
