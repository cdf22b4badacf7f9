using System.Net;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Operations;

/// <summary>
/// Issue 10: a start-up fault prints one clear line (what, which file, what to do) and exits
/// non-zero, never a raw stack trace; a good start serves over real HTTP.
/// </summary>
public sealed class StartupFaultTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("accountexit-start-").FullName;

    private string Database => Path.Combine(folder, "accountexit.db");

    public static TheoryData<string> Faults => ["database folder missing", "database read-only", "database corrupt", "seeds missing", "seeds empty", "seed malformed"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Start_WithAFault_PrintsOneClearLineAndExitsNonZero(string fault)
    {
        var (environment, expected) = Arrange(fault);
        await using var app = AppProcess.Start(environment);

        var exitCode = await app.ExitCodeAsync();

        Assert.NotEqual(0, exitCode);
        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fatal = Assert.Single(lines, line => line.Contains(" FTL] ", StringComparison.Ordinal));
        Assert.Contains(expected, fatal, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithNoDatabaseFile_CreatesAndSeedsItAndServesWithoutAServerHeader()
    {
        await using var app = AppProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__AccountExit"] = $"Data Source={Database}" });
        using var client = new HttpClient { BaseAddress = await app.AddressAsync() };

        using var health = await client.GetAsync("/healthz");
        using var page = await client.GetAsync("/close/de");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Headers.Server);
        Assert.True(File.Exists(Database));
    }

    private (Dictionary<string, string> Environment, string Expected) Arrange(string fault)
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__AccountExit"] = $"Data Source={Database}" };
        var seeds = Path.Combine(folder, "seeds");
        switch (fault)
        {
            case "database folder missing":
                var missing = Path.Combine(folder, "no-such-folder", "accountexit.db");
                environment["ConnectionStrings__AccountExit"] = $"Data Source={missing}";
                return (environment, $"The database {missing} cannot be opened: check that its folder exists");
            case "database read-only":
                // The tests may run as root, for whom file modes do not stop a write; SQLite's own
                // read-only mode gives the app the same refusal a read-only file does.
                File.WriteAllBytes(Database, []);
                environment["ConnectionStrings__AccountExit"] = $"Data Source={Database};Mode=ReadOnly";
                return (environment, $"The database {Database} is read-only: give the app write access");
            case "database corrupt":
                File.WriteAllBytes(Database, [.. "this is not a database"u8, .. new byte[8192]]);
                return (environment, $"The database {Database} is damaged or is not a SQLite database");
            case "seeds missing":
                environment["AccountExit__SeedsPath"] = seeds;
                return (environment, $"Seed folder '{seeds}' does not exist");
            case "seeds empty":
                Directory.CreateDirectory(Path.Combine(seeds, "markets"));
                environment["AccountExit__SeedsPath"] = seeds;
                return (environment, "no marketplace file; importing would remove every marketplace");
            default:
                Directory.CreateDirectory(Path.Combine(seeds, "markets"));
                File.WriteAllText(Path.Combine(seeds, "markets", "de.yaml"), "code: de\ndomain: amazon.de\nchannels:\n  - key: [unclosed\n");
                environment["AccountExit__SeedsPath"] = seeds;
                return (environment, $"{Path.Combine(seeds, "markets", "de.yaml")}, line ");
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
