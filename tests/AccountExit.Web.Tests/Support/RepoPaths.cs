namespace AccountExit.Web.Tests.Support;

public static class RepoPaths
{
    private static readonly Lazy<string> RepoRoot = new(FindRoot);

    /// <summary>The folder that holds AccountExit.sln, found by walking up from the test assembly.</summary>
    public static string Root => RepoRoot.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string WebProject => Path.Combine(Root, "src", "AccountExit.Web");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AccountExit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find AccountExit.sln in {AppContext.BaseDirectory} or any parent folder.");
    }
}
