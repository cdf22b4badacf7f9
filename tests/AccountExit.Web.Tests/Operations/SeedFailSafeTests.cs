using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace AccountExit.Web.Tests.Operations;

/// <summary>Issue 10: a start with seeds that do not read keeps the last good data and says so on /healthz.</summary>
public sealed class SeedFailSafeTests : IDisposable
{
    private readonly AppFactory app = new();
    private readonly string badSeeds = Path.Combine(Path.GetTempPath(), "accountexit-bad-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedFailSafeTests() => Directory.CreateDirectory(Path.Combine(badSeeds, "markets"));

    [Fact]
    public async Task Start_WithAnEmptySeedFolderAfterAGoodImport_KeepsTheDirectoryAndReportsDegradedHealth()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/healthz")).StatusCode);

        using var restarted = app.WithWebHostBuilder(builder => builder.UseSetting("AccountExit:SeedsPath", badSeeds));
        using var client = restarted.CreateClient();

        var directory = await client.GetStringAsync("/api/v1/markets");
        Assert.Contains("\"code\":\"jp\"", directory, StringComparison.Ordinal);
        using var health = await client.GetAsync("/healthz");
        var report = await health.Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded", report, StringComparison.Ordinal);
        Assert.Contains("no marketplace", report, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(badSeeds, recursive: true);
    }
}
