using AccountExit.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace AccountExit.Web.Tests.Operations;

/// <summary>Issue 14: a start with the same seed files as the last good import does not read them again; changed files are imported.</summary>
public sealed class SeedImportSkipTests : IDisposable
{
    private readonly AppFactory app = new();
    private readonly string seeds = Path.Combine(Path.GetTempPath(), "accountexit-skip-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedImportSkipTests() => CopyFolder(RepoPaths.Seeds, seeds);

    [Fact]
    public async Task SameSeeds_AreNotReadAgain_ChangedSeedsAre()
    {
        using var first = app.WithWebHostBuilder(builder => builder.UseSetting("AccountExit:SeedsPath", seeds));
        using (var client = first.CreateClient())
        {
            Assert.Contains("\"code\":\"jp\"", await client.GetStringAsync("/api/v1/markets"), StringComparison.Ordinal);
        }

        using var second = app.WithWebHostBuilder(builder => builder.UseSetting("AccountExit:SeedsPath", seeds));
        using (var client = second.CreateClient())
        {
            Assert.Contains("\"code\":\"jp\"", await client.GetStringAsync("/api/v1/markets"), StringComparison.Ordinal);
        }

        Assert.Contains(app.LogMessages, m => m.Contains("unchanged since the last import", StringComparison.Ordinal));

        var jp = Path.Combine(seeds, "markets", "jp.yaml");
        File.WriteAllText(jp, File.ReadAllText(jp).Replace("domain: amazon.co.jp", "domain: amazon.co.jp # edited", StringComparison.Ordinal));
        var unchangedSoFar = app.LogMessages.Count(m => m.Contains("unchanged since the last import", StringComparison.Ordinal));
        using var third = app.WithWebHostBuilder(builder => builder.UseSetting("AccountExit:SeedsPath", seeds));
        using (var client = third.CreateClient())
        {
            Assert.Contains("\"code\":\"jp\"", await client.GetStringAsync("/api/v1/markets"), StringComparison.Ordinal);
        }

        Assert.Equal(unchangedSoFar, app.LogMessages.Count(m => m.Contains("unchanged since the last import", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(seeds, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
