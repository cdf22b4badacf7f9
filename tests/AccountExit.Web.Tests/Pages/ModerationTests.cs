using System.Diagnostics;
using System.Net;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AccountExit.Web.Tests.Pages;

/// <summary>The app with a moderator configured, as an operator would set it (<c>AccountExit:Admin</c>).</summary>
public sealed class ModeratedAppFactory : AppFactory
{
    public const string Email = "moderator@example.org";
    public const string Password = "correct horse battery staple";

    protected override IEnumerable<(string Key, string Value)> ExtraSettings =>
    [
        ("AccountExit:Admin:Email", Email),
        ("AccountExit:Admin:Password", Password),
        ("AccountExit:Admin:MaxFailedSignIns", "3"),
    ];
}

/// <summary>
/// Moderation over real HTTP: a report filed on the Japan phone entry appears in the admin list
/// beside the entry; accepting it with a source yields a patch git applies; rejecting needs a note;
/// the sign-in locks after failed attempts, and nothing under /admin answers without a sign-in.
/// </summary>
public sealed class ModerationTests(ModeratedAppFactory app) : IClassFixture<ModeratedAppFactory>
{
    private const string Entry = "jp-prime-phone-paid";

    [Fact]
    public async Task ReportedEntry_IsListed_AndAcceptingIt_YieldsThePatch()
    {
        var problem = $"The paid number now says it is no longer in service ({Guid.NewGuid():N}).";
        await FileReportAsync(problem);
        using var client = await SignedInClientAsync();

        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var entry = Html.Select(list, $"[data-testid=report-entry][data-key={Entry}]");
        Assert.NotNull(entry);
        Assert.Contains(problem, entry.TextContent, StringComparison.Ordinal);
        // The entry's current value and its sources sit beside the report.
        Assert.Contains("011-330-3000", entry.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(entry.QuerySelectorAll("[data-testid=channel-source]"));

        var reportPath = entry.QuerySelectorAll("[data-testid=open-report]")
            .Single(r => r.TextContent.Contains(problem, StringComparison.Ordinal))
            .QuerySelector("[data-testid=review-report]")!.GetAttribute("href")!;
        var form = await client.GetStringAsync(new Uri(reportPath, UriKind.Relative));
        Assert.Equal("011-330-3000", Html.Select(form, "#Input_Value")!.GetAttribute("value"));

        // Without the source that states it, nothing is accepted: the messages sit next to the fields, and what was typed stays.
        using var incomplete = await PostAsync(client, reportPath + "?handler=Accept", form,
            ("Input.Value", "0570-01-0702"), ("Input.E164", "+81570010702"), ("Input.Note", "Confirmed by a newer page."));
        var refused = await incomplete.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.NotNull(Html.ByTestId(refused, "error-SourceUrl"));
        Assert.NotNull(Html.ByTestId(refused, "error-SourceQuote"));
        Assert.Equal("0570-01-0702", Html.Select(refused, "#Input_Value")!.GetAttribute("value"));

        using var accepted = await PostAsync(client, reportPath + "?handler=Accept", refused,
            ("Input.Value", "0570-01-0702"), ("Input.E164", "+81570010702"),
            ("Input.SourceUrl", "https://example.org/amazon-jp-phone"), ("Input.SourceTitle", "Example: Amazon Japan by phone"),
            ("Input.SourceQuote", "Amazon Japan's paid line is now 0570-01-0702."), ("Input.SourceLanguage", "en"), ("Input.SourceDate", "2026-11-30"),
            ("Input.Note", "Confirmed by a newer page."));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var closed = await client.GetStringAsync(new Uri(reportPath, UriKind.Relative));
        Assert.Contains("Accepted", Html.ByTestId(closed, "report-status"), StringComparison.Ordinal);
        Assert.Null(Html.ElementByTestId(closed, "accept-form"));
        var patch = Html.ElementByTestId(closed, "seed-patch")!.TextContent;
        Assert.Contains("+  value: 0570-01-0702", patch, StringComparison.Ordinal);

        using var download = await client.GetAsync(new Uri(reportPath + "/patch", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/x-diff", download.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", download.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
        var file = await download.Content.ReadAsStringAsync();
        Assert.Equal(patch, file);
        GitApplyChecks(file);

        // The report has left the open list.
        Assert.DoesNotContain(problem, await client.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_NeedsANote_ThenClosesTheReport()
    {
        var problem = $"Wrong, I think ({Guid.NewGuid():N}).";
        await FileReportAsync(problem);
        using var client = await SignedInClientAsync();
        var list = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var reportPath = Html.Select(list, "main")!.QuerySelectorAll("[data-testid=open-report]")
            .Single(r => r.TextContent.Contains(problem, StringComparison.Ordinal))
            .QuerySelector("[data-testid=review-report]")!.GetAttribute("href")!;
        var form = await client.GetStringAsync(new Uri(reportPath, UriKind.Relative));

        using var noNote = await PostAsync(client, reportPath + "?handler=Reject", form, ("Input.Note", " "));
        var refused = await noNote.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNote.StatusCode);
        Assert.NotNull(Html.ByTestId(refused, "error-reject-Note"));

        using var rejected = await PostAsync(client, reportPath + "?handler=Reject", refused, ("Input.Note", "The sources still give this number."));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var closed = await client.GetStringAsync(new Uri(reportPath, UriKind.Relative));
        Assert.Contains("Rejected", Html.ByTestId(closed, "report-status"), StringComparison.Ordinal);
        Assert.Contains("The sources still give this number.", Html.ByTestId(closed, "moderator-note"), StringComparison.Ordinal);
        using var noPatch = await client.GetAsync(new Uri(reportPath + "/patch", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, noPatch.StatusCode);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/reports/1")]
    [InlineData("/admin/reports/1/patch")]
    public async Task WithoutSignIn_AdminPages_SendToTheSignIn(string path)
    {
        using var response = await app.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/sign-in", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task SignInForm_HasItsAutocompleteTokens_AndIsNeverCached()
    {
        using var response = await app.GetAsync("/admin/sign-in");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("username", Html.Select(html, "#Input_Email")!.GetAttribute("autocomplete"));
        Assert.Equal("current-password", Html.Select(html, "#Input_Password")!.GetAttribute("autocomplete"));
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        Assert.NotNull(LetterPost.Token(html));
    }

    [Fact]
    public async Task FailedSignIns_LockTheAccount_EvenForTheRightPassword()
    {
        // Its own database: the lock-out would hold up the other tests' sign-ins.
        await using var locked = new ModeratedAppFactory();
        using var client = locked.CreateNoRedirectClient(handleCookies: true);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var wrong = await SignInAsync(client, ModeratedAppFactory.Email, "not the password at all");
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            Assert.NotNull(Html.ByTestId(html, "error-Password"));
        }

        using var right = await SignInAsync(client, ModeratedAppFactory.Email, ModeratedAppFactory.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(Html.ByTestId(await right.Content.ReadAsStringAsync(), "sign-in-problem"));
        Assert.DoesNotContain(locked.LogMessages, m => m.Contains("not the password", StringComparison.Ordinal) || m.Contains(ModeratedAppFactory.Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_IsRateLimitedPerClient()
    {
        await using var limited = new ModeratedAppFactory();
        await using var strict = limited.WithWebHostBuilder(b => b.UseSetting("AccountExit:RateLimits:SignIn:PermitLimit", "2"));
        using var client = strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await SignInAsync(client, "someone@example.org", "a guess of some length");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, allowed.StatusCode);
        }

        using var refused = await SignInAsync(client, "someone@example.org", "a guess of some length");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(Html.ByTestId(await refused.Content.ReadAsStringAsync(), "sign-in-problem"));
    }

    [Fact]
    public async Task WithoutConfiguredAdministrator_AdminDoesNotExist()
    {
        // The shared factory of other classes has no AccountExit:Admin settings.
        await using var plain = new AppFactory();
        using var response = await plain.GetAsync("/admin/sign-in");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        await using var connection = new SqliteConnection(plain.ConnectionString);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Administrators";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Password_IsStoredOnlyAsAHash()
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        _ = app.Server;
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT NormalizedEmail, PasswordHash FROM Administrators";
        await using var row = await read.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal(ModeratedAppFactory.Email.ToUpperInvariant(), row.GetString(0));
        Assert.DoesNotContain("horse", row.GetString(1), StringComparison.Ordinal);
        Assert.False(await row.ReadAsync());
    }

    private async Task FileReportAsync(string problem)
    {
        var response = await FormPost.SendAsync(app, $"/directory/report/{Entry}", FormPost.Fields(("Problem", problem)));
        Assert.Equal(HttpStatusCode.Redirect, response.Status);
    }

    private async Task<HttpClient> SignedInClientAsync()
    {
        var client = app.CreateNoRedirectClient(handleCookies: true);
        using var signedIn = await SignInAsync(client, "Moderator@Example.org", ModeratedAppFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location?.ToString());
        return client;
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri("/admin/sign-in", UriKind.Relative));
        return await PostAsync(client, "/admin/sign-in", form, ("Input.Email", email), ("Input.Password", password));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string formHtml, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new(LetterPost.TokenField, LetterPost.Token(formHtml)!)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The downloaded patch applies to the repository's own seeds/ as they are committed.</summary>
    private static void GitApplyChecks(string patch)
    {
        var file = Path.Combine(Path.GetTempPath(), $"accountexit-{Guid.NewGuid():N}.patch");
        File.WriteAllText(file, patch);
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = Path.GetDirectoryName(RepoPaths.Seeds)!, RedirectStandardError = true };
            foreach (var argument in new[] { "apply", "--check", file })
            {
                start.ArgumentList.Add(argument);
            }

            using var git = Process.Start(start)!;
            var errors = git.StandardError.ReadToEnd();
            git.WaitForExit();
            Assert.True(git.ExitCode == 0, $"git apply --check refused the patch:\n{errors}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
