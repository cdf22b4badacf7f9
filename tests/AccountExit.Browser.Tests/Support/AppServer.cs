using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AccountExit.Browser.Tests.Support;

/// <summary>
/// The app on a real Kestrel port on loopback, in Development (so static web assets such as
/// Bootstrap are served from the project), on its own SQLite file, seeded from the repository's seeds/.
/// </summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"accountexit-browser-tests-{Guid.NewGuid():N}.db");

    public const string ModeratorEmail = "moderator@example.org";
    public const string ModeratorPassword = "correct horse battery staple";

    public AppServer()
    {
        UseKestrel(0);
    }

    /// <summary>The server's root address, e.g. http://127.0.0.1:41234/; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reports no http address: {string.Join(", ", addresses)}");
        var uri = new UriBuilder(address) { Path = "/" };
        if (uri.Host is "[::]" or "0.0.0.0" or "+" or "*")
        {
            uri.Host = "127.0.0.1";
        }

        BaseAddress = uri.Uri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:AccountExit", "Data Source=" + databasePath);
        builder.UseSetting("AccountExit:SeedsPath", RepoPaths.Seeds);
        // Many tests post letters and reports from one address within a minute; the limits have their own tests.
        builder.UseSetting("AccountExit:RateLimits:Letters:PermitLimit", "100000");
        builder.UseSetting("AccountExit:RateLimits:Reports:PermitLimit", "100000");
        builder.UseSetting("AccountExit:RateLimits:Api:PermitLimit", "100000");
        builder.UseSetting("AccountExit:Admin:Email", ModeratorEmail);
        builder.UseSetting("AccountExit:Admin:Password", ModeratorPassword);
        // One event per request at Information would bury the test output.
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            using (var connection = new SqliteConnection("Data Source=" + databasePath))
            {
                SqliteConnection.ClearPool(connection);
            }

            foreach (var path in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
