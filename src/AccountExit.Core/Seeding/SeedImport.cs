using System.Security.Cryptography;
using System.Text;

namespace AccountExit.Core.Seeding;

/// <summary>The last seed import that succeeded: the hash of the seed files it read, and when.</summary>
public sealed class SeedImport
{
    public int Id { get; set; }

    public required string SeedsHash { get; set; }

    public required string ImportedAt { get; set; }

    /// <summary>
    /// SHA-256 over every file under the seeds folder (its relative path and its bytes, in ordinal
    /// order), so a start with the same files can skip reading and checking them again.
    /// </summary>
    public static string HashOf(string seedsFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in System.IO.Directory.EnumerateFiles(seedsFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(seedsFolder, file).Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
