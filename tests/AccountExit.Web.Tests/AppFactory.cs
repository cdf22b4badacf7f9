using System.Net.Http.Headers;
using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AccountExit.Web.Tests;

/// <summary>
/// The app as it runs in production, on its own SQLite file in the temp folder, seeded from the
/// repository's seeds/ folder. Use one per test class (<c>IClassFixture&lt;AppFactory&gt;</c>):
/// tests in a class run one after another, so <see cref="LogMessages"/> grows in request order.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"accountexit-web-tests-{Guid.NewGuid():N}.db");
    private readonly CollectingLoggerProvider logs = new();
    private readonly Lazy<HttpClient> sharedClient;

    public AppFactory()
    {
        sharedClient = new Lazy<HttpClient>(() => CreateNoRedirectClient());
    }

    public string DatabasePath => databasePath;

    public string ConnectionString => "Data Source=" + databasePath;

    /// <summary>Every message the app logged so far, formatted, in order.</summary>
    public IReadOnlyList<string> LogMessages => logs.Entries.Select(e => e.Message).ToList();

    /// <summary>Every log event so far, with its category and level, in order.</summary>
    public IReadOnlyList<LogEntry> LogEntries => logs.Entries;

    /// <summary>A client that sees redirects as they are (3xx) and keeps no cookies unless asked to.</summary>
    public HttpClient CreateNoRedirectClient(bool handleCookies = false) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });

    /// <summary>GET with a browser's language preference (Accept-Language), without following redirects or keeping cookies.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string? culture = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (culture is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        }

        return await sharedClient.Value.SendAsync(request);
    }

    /// <summary>GET and read the body; fails the test with the body if the status is not the expected one.</summary>
    public async Task<string> GetStringAsync(string path, string? culture = null, int expectedStatus = 200)
    {
        using var response = await GetAsync(path, culture);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            (int)response.StatusCode == expectedStatus,
            $"GET {path} (Accept-Language: {culture ?? "none"}) returned {(int)response.StatusCode}, expected {expectedStatus}:\n{body}");
        return body;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:AccountExit", ConnectionString);
        builder.UseSetting("AccountExit:SeedsPath", RepoPaths.Seeds);
        // Many tests post letters and reports from one address within a minute; the limits have their own tests.
        builder.UseSetting("AccountExit:RateLimits:Letters:PermitLimit", "100000");
        builder.UseSetting("AccountExit:RateLimits:Reports:PermitLimit", "100000");
        builder.UseSetting("AccountExit:RateLimits:Api:PermitLimit", "100000");
        builder.UseSetting("AccountExit:RateLimits:SignIn:PermitLimit", "100000");
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(logs));
    }

    /// <summary>Settings a derived factory adds, e.g. the moderator's account.</summary>
    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings => [];

    protected override void Dispose(bool disposing)
    {
        if (disposing && sharedClient.IsValueCreated)
        {
            sharedClient.Value.Dispose();
        }

        base.Dispose(disposing);
        if (disposing)
        {
            DeleteDatabase();
        }
    }

    private void DeleteDatabase()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(path);
        }
    }
}
