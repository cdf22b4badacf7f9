using System.Net;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace AccountExit.Web.Tests.Operations;

/// <summary>
/// Issue 10: with its database file gone while it runs, the app says so (/healthz 503, pages 503 in
/// the person's language) and takes no report it would lose; with the file back it serves again.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly AppFactory app = new();

    [Fact]
    public async Task DatabaseFileMovedAway_HealthPagesAndReportsSaySoAndTheTextIsKept_ThenRecover()
    {
        using var before = await app.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var aside = app.DatabasePath + ".aside";
        File.Move(app.DatabasePath, aside);
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        try
        {
            using var health = await app.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains($"the database file {app.DatabasePath} is missing", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var page = await app.GetAsync("/directory?market=de", "ja");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(Resx.Value("SharedResource", "ja", "Error_Data_Unavailable"), Html.Text(Html.ByTestId(await page.Content.ReadAsStringAsync(), "error-text")!));

            var report = await PostReportWhileTheFileIsGoneAsync(aside);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, report.Status);
            Assert.Equal(Resx.Value("SharedResource", "en", "Report_NotTaken_Unavailable"), Html.Text(Html.ByTestId(report.Text, "report-not-taken")!));
            Assert.Contains("The number is dead", Html.ById(report.Text, "Problem"), StringComparison.Ordinal);
        }
        finally
        {
            File.Move(aside, app.DatabasePath, overwrite: true);
        }

        await Task.Delay(TimeSpan.FromSeconds(2.2));
        using var after = await app.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    /// <summary>The report page is loaded with the file back (a person opened it earlier), and posted once it is gone again.</summary>
    private async Task<FormResponse> PostReportWhileTheFileIsGoneAsync(string aside)
    {
        File.Move(aside, app.DatabasePath);
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        return await FormPost.SendAsync(app, "/directory/report/de-privacy-email", token =>
        {
            File.Move(app.DatabasePath, aside);
            Thread.Sleep(TimeSpan.FromSeconds(2.2));
            return new FormUrlEncodedContent([new("Problem", "The number is dead"), new(LetterPost.TokenField, token)]);
        }, "en");
    }

    public void Dispose() => app.Dispose();
}
