using System.Diagnostics;
using AccountExit.Core.Directory;
using AccountExit.Core.Seeding;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Seeding;

/// <summary>
/// A moderator's correction becomes a patch that <c>git apply</c> takes at the repository root, after
/// which the seeds import with the new value and its source; nothing else in the file changes.
/// </summary>
public sealed class SeedPatchTests
{
    private static readonly SourceRef NewSource = new()
    {
        Url = "https://example.org/amazon-japan-phone",
        Title = "Example: Amazon Japan's phone number (2026)",
        Language = "en",
        Quote = "Amazon Japan's customer service now answers on 0120-999-373: press 1, then 3.",
        Date = "2026-11-30",
    };

    [Fact]
    public void CorrectedPhoneNumber_PatchApplies_AndTheSeedsImportWithIt()
    {
        using var repo = new TempFolder();
        SeedFolder.CopyTo(repo.File("seeds"));
        var correction = new EntryCorrection("jp-prime-phone-paid", "0570-01-0702", null, "+81570010702", NewSource, new DateOnly(2026, 12, 2));

        var change = SeedPatch.For(repo.File("seeds"), correction);

        Assert.Equal("seeds/markets/jp.yaml", change.RelativePath);
        Assert.StartsWith("--- a/seeds/markets/jp.yaml", change.Diff, StringComparison.Ordinal);
        HasLine(change.Diff, "+++ b/seeds/markets/jp.yaml");
        HasLine(change.Diff, "+  value: 0570-01-0702");
        HasLine(change.Diff, "+  e164: '+81570010702'");
        HasLine(change.Diff, "+    title: \"Example: Amazon Japan's phone number (2026)\"");
        HasLine(change.Diff, "+  - url: https://example.org/amazon-japan-phone");
        HasLine(change.Diff, "+  verified_on: 2026-12-02");
        // Only the entry's own lines change: the other Japanese entries keep their verified date.
        Assert.Equal(1, change.Diff.Split('\n').Count(l => l.StartsWith("-  verified_on:", StringComparison.Ordinal)));

        GitApply(repo.Location, change.Diff);

        var channel = SeedReader.Read(repo.File("seeds")).Channels.Single(c => c.Key == "jp-prime-phone-paid");
        Assert.Equal("0570-01-0702", channel.Value);
        Assert.Equal("+81570010702", channel.E164);
        Assert.Equal(new DateOnly(2026, 12, 2), channel.VerifiedOn);
        Assert.Equal(NewSource.Quote, channel.Sources[0].Quote);
        Assert.Equal(File.ReadAllText(repo.File("seeds/markets/jp.yaml")), change.After);
    }

    [Fact]
    public void RemovedEntry_PatchApplies_AndTheEntryIsGone()
    {
        using var repo = new TempFolder();
        SeedFolder.CopyTo(repo.File("seeds"));

        var change = SeedPatch.For(repo.File("seeds"), new EntryCorrection("unplaced-sv-phone-800", null, null, null, NewSource, new DateOnly(2026, 12, 2), Remove: true));
        GitApply(repo.Location, change.Diff);

        var seeds = SeedReader.Read(repo.File("seeds"));
        Assert.DoesNotContain(seeds.Channels, c => c.Key == "unplaced-sv-phone-800");
        Assert.Equal(SeedFolder.Read().Channels.Count - 1, seeds.Channels.Count);
    }

    [Fact]
    public void ValueTheImporterRefuses_IsNoPatch()
    {
        using var repo = new TempFolder();
        SeedFolder.CopyTo(repo.File("seeds"));

        // libphonenumber rejects a Japanese number whose E.164 does not match it.
        var problem = Assert.Throws<SeedException>(() => SeedPatch.For(repo.File("seeds"),
            new EntryCorrection("jp-prime-phone-paid", "0570-01-0702", null, "+81120999373", NewSource, new DateOnly(2026, 12, 2))));
        Assert.Contains("jp-prime-phone-paid", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEntry_IsNamed()
    {
        var problem = Assert.Throws<SeedException>(() => SeedPatch.For(SeedFolder.Location,
            new EntryCorrection("jp-no-such-entry", "x", null, null, NewSource, new DateOnly(2026, 12, 2))));
        Assert.Contains("jp-no-such-entry", problem.Message, StringComparison.Ordinal);
    }

    private static void HasLine(string diff, string line) =>
        Assert.True(diff.Split('\n').Contains(line), $"The patch has no line {line}:\n{diff}");

    private static void GitApply(string root, string diff)
    {
        var patch = Path.Combine(root, "change.patch");
        File.WriteAllText(patch, diff);
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "apply", "--verbose", patch })
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var errors = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git apply refused the patch:\n{errors}\n{diff}");
    }
}
