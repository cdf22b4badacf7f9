namespace AccountExit.Core.Tests.Support;

/// <summary>A folder under the system temp directory that is deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Location = Path.Combine(Path.GetTempPath(), "accountexit-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Location);
    }

    public string Location { get; }

    public string File(string relativePath) => Path.Combine(Location, relativePath);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Location))
        {
            System.IO.Directory.Delete(Location, recursive: true);
        }
    }
}
