using AccountExit.Core.Seeding;

namespace AccountExit.Core.Tests.Support;

/// <summary>The repository's seeds/ folder, copied next to the test assembly by the project file.</summary>
public static class SeedFolder
{
    private static readonly Lazy<SeedSet> Seeds = new(() => SeedReader.Read(Location));

    public static string Location => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The committed seed set, read once per test run.</summary>
    public static SeedSet Read() => Seeds.Value;

    /// <summary>Copies the whole seed folder into <paramref name="target"/>, so a test can edit the copy.</summary>
    public static void CopyTo(string target)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Location, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Location, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
