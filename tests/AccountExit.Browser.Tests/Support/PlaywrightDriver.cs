namespace AccountExit.Browser.Tests.Support;

/// <summary>
/// Microsoft.Playwright runs its bundled driver (node + package/cli.js) from a ".playwright" folder next to
/// the test assembly, which its build targets copy there. If that copy is missing (for example an output
/// folder built without the targets), point PLAYWRIGHT_DRIVER_SEARCH_PATH at the NuGet package, which holds
/// the same folder, and make sure the node binary is executable.
/// </summary>
public static class PlaywrightDriver
{
    public const string SearchPathVariable = "PLAYWRIGHT_DRIVER_SEARCH_PATH";

    public static void Prepare()
    {
        var configured = Environment.GetEnvironmentVariable(SearchPathVariable);
        var folder = !string.IsNullOrWhiteSpace(configured) ? configured
            : HasDriver(AppContext.BaseDirectory) ? AppContext.BaseDirectory
            : PackageFolder();
        if (folder is null || !HasDriver(folder))
        {
            throw new InvalidOperationException(
                $"The Playwright driver (.playwright/package/cli.js and .playwright/node/<platform>/node) is neither in {AppContext.BaseDirectory} " +
                $"nor in the Microsoft.Playwright NuGet package folder. Rebuild the test project or set {SearchPathVariable}.");
        }

        if (!string.Equals(folder, AppContext.BaseDirectory, StringComparison.Ordinal))
        {
            Environment.SetEnvironmentVariable(SearchPathVariable, folder);
        }

        if (!OperatingSystem.IsWindows())
        {
            foreach (var node in Directory.EnumerateFiles(Path.Combine(folder, ".playwright", "node"), "node", SearchOption.AllDirectories))
            {
                var mode = File.GetUnixFileMode(node);
                if (!mode.HasFlag(UnixFileMode.UserExecute))
                {
                    File.SetUnixFileMode(node, mode | UnixFileMode.UserExecute);
                }
            }
        }
    }

    private static bool HasDriver(string folder) =>
        File.Exists(Path.Combine(folder, ".playwright", "package", "cli.js")) && Directory.Exists(Path.Combine(folder, ".playwright", "node"));

    private static string? PackageFolder()
    {
        // The package version is the assembly version without its revision (1.64.1.0 in package 1.64.1).
        var assemblyVersion = typeof(Microsoft.Playwright.IPlaywright).Assembly.GetName().Version;
        var version = assemblyVersion is null ? null : $"{assemblyVersion.Major}.{assemblyVersion.Minor}.{assemblyVersion.Build}";
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrWhiteSpace(packages))
        {
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        return version is null ? null : Path.Combine(packages, "microsoft.playwright", version);
    }
}
