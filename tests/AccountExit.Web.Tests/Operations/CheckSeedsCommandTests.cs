using System.Diagnostics;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Operations;

/// <summary>Issue 8: `check-seeds` is the web app's own entry point, run as a process: it checks and exits instead of serving.</summary>
public sealed class CheckSeedsCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AccountExit.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task CheckSeeds_CommittedSeeds_ExitsZeroWithNoUnsourcedValueAndAReportPerMarketplace()
    {
        var (exitCode, output) = await RunAsync("check-seeds", RepoPaths.Seeds);

        Assert.True(exitCode == 0, output);
        Assert.Contains("unsourced values: 0", output, StringComparison.Ordinal);
        Assert.Contains("jp (amazon.co.jp):", output, StringComparison.Ordinal);
        Assert.Contains("conflict(s)", output, StringComparison.Ordinal);
        Assert.Contains("missing:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckSeeds_SeedWithAPhoneNumberLibphonenumberRejects_ExitsNonZeroAndNamesTheEntry()
    {
        var folder = Path.Combine(Path.GetTempPath(), "accountexit-check-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "markets"));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "markets", "fr.yaml"), """
                code: fr
                domain: amazon.fr
                languages: [fr]
                laws: []
                channels:
                  - key: fr-bad-phone
                    kind: phone
                    purposes: [general]
                    role: customer-service
                    label: { en: "Phone" }
                    value: "0805 10 14"
                    e164: "+3380510 14"
                    sources:
                      - { url: "https://example.org/page", title: "A page", quote: "0805 10 14" }
                    quality: sourced
                    verified_on: 2026-11-21
                """);

            var (exitCode, output) = await RunAsync("check-seeds", folder);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("fr-bad-phone", output, StringComparison.Ordinal);
            Assert.Contains("FAILED", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
