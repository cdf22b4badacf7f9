using AccountExit.Core.Directory;
using AccountExit.Core.Seeding;
using AccountExit.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Core.Tests.Seeding;

public sealed class SeedImportTests
{
    [Fact]
    public async Task Import_IntoEmptyStore_WritesEveryMarketChannelAndLetter()
    {
        using var store = await SqliteStore.CreateMigratedAsync();
        var seeds = SeedFolder.Read();

        int written;
        await using (var db = store.Open())
        {
            written = await db.ImportAsync(seeds);
        }

        await using var check = store.Open();
        Assert.True(written > 0, "The first import wrote no rows.");
        Assert.Equal(seeds.Markets.Count + seeds.Channels.Count + seeds.Letters.Count + seeds.Laws.Count, written);
        Assert.Equal(seeds.Laws.Count, await check.Laws.CountAsync());
        Assert.Equal(seeds.Markets.Count, await check.Markets.CountAsync());
        Assert.Equal(seeds.Channels.Count, await check.Channels.CountAsync());
        Assert.Equal(seeds.Letters.Count, await check.LetterTemplates.CountAsync());
        Assert.Equal(
            seeds.Channels.Select(c => c.Key).Order(StringComparer.Ordinal),
            (await check.Channels.Select(c => c.Key).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_StoredChannel_KeepsEveryFieldOfTheSeed()
    {
        using var store = await SqliteStore.CreateMigratedAsync();
        await using (var db = store.Open())
        {
            await db.ImportAsync(SeedFolder.Read());
        }

        await using var check = store.Open();
        var phone = await check.Channels.SingleAsync(c => c.Key == "jp-prime-phone-free");

        Assert.Equal(ChannelScope.Market, phone.Scope);
        Assert.Equal("jp", phone.MarketCode);
        Assert.Equal("+81120999373", phone.E164);
        Assert.Equal(["1", "3", "1"], phone.Ivr.Select(s => s.Keys));
        Assert.Equal("7", phone.OperatorShortcut);
        Assert.Contains(phone.Sources, s => s.Document == "004_bcb594c22c960b9b.txt" && !string.IsNullOrWhiteSpace(s.Quote));
        Assert.NotEmpty(phone.Conflicts);
        Assert.All(phone.Conflicts, c => Assert.False(string.IsNullOrWhiteSpace(c.Source.Date)));
        Assert.False(string.IsNullOrWhiteSpace(phone.Caveat?.In("en")));
        Assert.False(string.IsNullOrWhiteSpace(phone.Label.In("ja")));
    }

    [Fact]
    public async Task Import_SecondTimeWithUnchangedSeeds_WritesNothing()
    {
        using var store = await SqliteStore.CreateMigratedAsync();
        await using (var db = store.Open())
        {
            await db.ImportAsync(SeedFolder.Read());
        }

        await using var again = store.Open();
        var written = await again.ImportAsync(SeedReader.Read(SeedFolder.Location));

        Assert.Equal(0, written);
    }

    [Fact]
    public async Task Import_AfterChannelValueEditedInYaml_UpdatesExactlyThatRow()
    {
        using var folder = new TempFolder();
        SeedFolder.CopyTo(folder.Location);
        using var store = await SqliteStore.CreateMigratedAsync();
        await using (var db = store.Open())
        {
            await db.ImportAsync(SeedReader.Read(folder.Location));
        }

        Dictionary<string, string?> before;
        await using (var db = store.Open())
        {
            before = await db.Channels.ToDictionaryAsync(c => c.Key, c => c.Value);
        }

        var yamlPath = folder.File(Path.Combine("markets", "jp.yaml"));
        var yaml = await File.ReadAllTextAsync(yamlPath);
        // The value and its E.164 form change together: the import refuses a number libphonenumber does not match.
        const string original = "value: 0120-999-373\n  e164: '+81120999373'\n";
        Assert.Equal(1, CountOccurrences(yaml, original));
        await File.WriteAllTextAsync(yamlPath, yaml.Replace(original, "value: 0120-999-999\n  e164: '+81120999999'\n", StringComparison.Ordinal));

        int written;
        await using (var db = store.Open())
        {
            written = await db.ImportAsync(SeedReader.Read(folder.Location));
        }

        await using var check = store.Open();
        var after = await check.Channels.ToDictionaryAsync(c => c.Key, c => c.Value);
        Assert.Equal(1, written);
        Assert.Equal("0120-999-999", after["jp-prime-phone-free"]);
        Assert.Equal(before.Count, after.Count);
        Assert.All(before.Where(b => b.Key != "jp-prime-phone-free"), b => Assert.Equal(b.Value, after[b.Key]));
    }

    [Fact]
    public async Task Import_AfterChannelEntryRemovedFromYaml_RemovesItsRow()
    {
        using var folder = new TempFolder();
        SeedFolder.CopyTo(folder.Location);
        using var store = await SqliteStore.CreateMigratedAsync();
        await using (var db = store.Open())
        {
            await db.ImportAsync(SeedReader.Read(folder.Location));
        }

        var unplaced = SeedReader.Read(folder.Location).Channels.Where(c => c.Scope == ChannelScope.Unplaced).Select(c => c.Key).ToList();
        Assert.NotEmpty(unplaced);
        await File.WriteAllTextAsync(folder.File("unplaced.yaml"), "channels: []\n");

        int written;
        await using (var db = store.Open())
        {
            written = await db.ImportAsync(SeedReader.Read(folder.Location));
        }

        await using var check = store.Open();
        Assert.Equal(unplaced.Count, written);
        Assert.False(await check.Channels.AnyAsync(c => unplaced.Contains(c.Key)));
        Assert.True(await check.Channels.AnyAsync(c => c.Key == "jp-prime-phone-free"));
    }

    [Fact]
    public async Task Import_AfterLetterFileDeleted_RemovesThatTemplateOnly()
    {
        using var folder = new TempFolder();
        SeedFolder.CopyTo(folder.Location);
        using var store = await SqliteStore.CreateMigratedAsync();
        await using (var db = store.Open())
        {
            await db.ImportAsync(SeedReader.Read(folder.Location));
        }

        File.Delete(folder.File(Path.Combine("letters", "erasure-gdpr.de.yaml")));

        int written;
        await using (var db = store.Open())
        {
            written = await db.ImportAsync(SeedReader.Read(folder.Location));
        }

        await using var check = store.Open();
        Assert.Equal(1, written);
        Assert.False(await check.LetterTemplates.AnyAsync(t => t.Kind == "erasure-gdpr" && t.Language == "de"));
        Assert.True(await check.LetterTemplates.AnyAsync(t => t.Kind == "erasure-gdpr" && t.Language == "en"));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
