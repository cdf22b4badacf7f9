using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.MultiInstance;

/// <summary>
/// Two app processes on one PostgreSQL database and one Redis, over real HTTP: they start together
/// and import once, a form from one posts to the other, a report filed on one lands in the shared
/// store, and a seed change imported by one is served by both.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string Label = "Self-service page: close the account and delete your data (amazon.co.jp)";
    private readonly string seeds = Path.Combine(Path.GetTempPath(), $"accountexit-seeds-{Guid.NewGuid():N}");
    private Dictionary<string, string> environment = [];

    public async Task InitializeAsync()
    {
        CopyFolder(RepoPaths.Seeds, seeds);
        environment = new Dictionary<string, string>
        {
            ["AccountExit__DatabaseProvider"] = "postgres",
            ["ConnectionStrings__AccountExit"] = await PostgresServer.CreateDatabaseAsync(),
            ["ConnectionStrings__Redis"] = PostgresServer.Redis,
            ["AccountExit__SeedsPath"] = seeds,
            ["AccountExit__Directory__RefreshSeconds"] = "1",
            ["AccountExit__Admin__Email"] = "moderator@example.org",
            ["AccountExit__Admin__Password"] = "correct horse battery staple",
        };
    }

    public Task DisposeAsync()
    {
        Directory.Delete(seeds, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TwoInstances_ShareForms_Reports_AndSeedChanges()
    {
        var first = AppProcess.Start(environment);
        await using var second = AppProcess.Start(environment);
        var a = await first.AddressAsync();
        var b = await second.AddressAsync();

        // Started together: one took the lock and imported, the other waited and found the same seeds.
        var outputs = new[] { first.Output, second.Output };
        Assert.Single(outputs, o => o.Contains("Seed import from", StringComparison.Ordinal));
        Assert.Single(outputs, o => o.Contains("unchanged since the last import", StringComparison.Ordinal));

        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler);

        // A letter form fetched from one instance posts to the other: the antiforgery keys are in the database.
        var form = await client.GetStringAsync(new Uri(a, "/close/de/letter"));
        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.FullName"] = "Erika Mustermann",
            ["Input.Email"] = "erika@example.com",
            ["Input.Language"] = "en",
            [LetterPost.TokenField] = LetterPost.Token(form)!,
        });
        using var letter = await client.PostAsync(new Uri(b, "/close/de/letter"), post);
        var letterHtml = await letter.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.NotNull(Html.ByTestId(letterHtml, "letter"));

        // A report filed on one instance is in the store both read.
        var reportForm = await client.GetStringAsync(new Uri(a, "/directory/report/jp-prime-phone-free"));
        using var report = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Problem"] = "The number now plays a recording only.",
            [LetterPost.TokenField] = LetterPost.Token(reportForm)!,
        });
        using var reported = await client.PostAsync(new Uri(b, "/directory/report/jp-prime-phone-free"), report);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal(1, await PostgresServer.CountAsync(environment["ConnectionStrings__AccountExit"], "EntryReports"));

        // The moderator signs in on one instance; the cookie works on the other, whose admin list shows the report.
        var signInForm = await client.GetStringAsync(new Uri(a, "/admin/sign-in"));
        using var signIn = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "moderator@example.org",
            ["Input.Password"] = "correct horse battery staple",
            [LetterPost.TokenField] = LetterPost.Token(signInForm)!,
        });
        using var signedIn = await client.PostAsync(new Uri(a, "/admin/sign-in"), signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var adminList = await client.GetStringAsync(new Uri(b, "/admin"));
        Assert.Contains("The number now plays a recording only.", adminList, StringComparison.Ordinal);

        // Both have the API answer cached in Redis; then one instance restarts on edited seeds and imports them.
        Assert.Contains(Label, await client.GetStringAsync(new Uri(b, "/api/v1/channels?market=jp")), StringComparison.Ordinal);
        var file = Path.Combine(seeds, "markets", "jp.yaml");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace(Label, Label + " (edited)", StringComparison.Ordinal));
        await first.DisposeAsync();
        await using var restarted = AppProcess.Start(environment);
        var a2 = await restarted.AddressAsync();
        Assert.Contains("Seed import from", restarted.Output, StringComparison.Ordinal);

        Assert.Contains(Label + " (edited)", await client.GetStringAsync(new Uri(a2, "/api/v1/channels?market=jp")), StringComparison.Ordinal);
        var seenByB = false;
        for (var attempt = 0; attempt < 40 && !seenByB; attempt++)
        {
            seenByB = (await client.GetStringAsync(new Uri(b, "/api/v1/channels?market=jp"))).Contains(Label + " (edited)", StringComparison.Ordinal);
            if (!seenByB)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(seenByB, $"The other instance still serves the old entry:\n{second.Output}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }
}
