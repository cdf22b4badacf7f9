namespace AccountExit.Browser.Tests.Support;

/// <summary>The browser the tests drive: Debian's Chromium or ACCOUNTEXIT_CHROMIUM (docs/adr/0004). Never downloaded.</summary>
public static class Chromium
{
    public const string Variable = "ACCOUNTEXIT_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    public static readonly IReadOnlyList<string> Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>The executable to launch; throws (failing every browser test) when it does not exist.</summary>
    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Chromium at '{path}'. The browser tests need Debian's chromium at {DefaultPath} (apt-get install chromium; " +
                $"scripts/test.sh installs it) or the environment variable {Variable} naming a Chromium or Chrome executable. " +
                "Playwright cannot download its own browsers here (docs/adr/0004).");
        }

        return path;
    }
}
