using System.Globalization;
using AccountExit.Core.Directory;
using DiffPlex.Renderer;
using YamlDotNet.Serialization;

namespace AccountExit.Core.Seeding;

/// <summary>
/// What a moderator decided about one entry: its corrected value (with the URL or E.164 that go with
/// it) and the source that states it, or its removal. <see cref="Source"/> is required either way:
/// nothing enters or leaves seeds/ without a source.
/// </summary>
public sealed record EntryCorrection(string ChannelKey, string? Value, string? Url, string? E164, SourceRef Source, DateOnly VerifiedOn, bool Remove = false);

/// <summary>The exact change to one seed file, as the file before and after and as a unified diff against the repository root.</summary>
public sealed record SeedFileChange(string RelativePath, string Before, string After, string Diff);

/// <summary>
/// Turns a moderator's correction into the change to the seed file that holds the entry, editing only
/// the entry's own lines (so the diff is what a person would write by hand), and proves the changed
/// seeds still import with the new value before anyone applies the patch.
/// </summary>
public static class SeedPatch
{
    private static readonly ISerializer Scalar = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    /// <exception cref="SeedException">The entry is in no seed file, or the changed seeds would not import.</exception>
    public static SeedFileChange For(string seedsFolder, EntryCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var (path, lines, start, end) = Locate(seedsFolder, correction.ChannelKey);
        var entry = lines.GetRange(start, end - start);
        if (correction.Remove)
        {
            entry.Clear();
        }
        else
        {
            SetField(entry, "value", correction.Value);
            SetField(entry, "url", correction.Url);
            SetField(entry, "e164", correction.E164);
            AddSource(entry, correction.Source);
            SetField(entry, "verified_on", correction.VerifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        var changed = new List<string>(lines);
        changed.RemoveRange(start, end - start);
        changed.InsertRange(start, entry);
        var list = changed.FindIndex(l => l == "channels:");
        if (list >= 0 && !changed.Skip(list + 1).Any(l => l.StartsWith("- ", StringComparison.Ordinal)))
        {
            // The last entry of a file removed: the list is empty, not null.
            changed[list] = "channels: []";
        }

        var before = File.ReadAllText(path);
        var after = string.Join('\n', changed);
        if (!after.EndsWith('\n'))
        {
            after += '\n';
        }
        var relative = "seeds/" + Path.GetRelativePath(seedsFolder, path).Replace('\\', '/');
        Verify(seedsFolder, path, after, correction);
        // DiffPlex reads the final line break as one more, empty line, which is not in the file: git apply
        // would refuse a hunk that reaches the end. Both files end with one, so it is left out of both.
        var diff = UnidiffRenderer.GenerateUnidiff(WithoutFinalBreak(before), WithoutFinalBreak(after), "a/" + relative, "b/" + relative, ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        return new SeedFileChange(relative, before, after, diff);
    }

    private static string WithoutFinalBreak(string text) => text.EndsWith('\n') ? text[..^1] : text;

    /// <summary>The seed file and the lines of the entry with this key: from its <c>- key:</c> line to the next entry or top-level key.</summary>
    private static (string Path, List<string> Lines, int Start, int End) Locate(string seedsFolder, string key)
    {
        var candidates = System.IO.Directory.EnumerateFiles(Path.Combine(seedsFolder, "markets"), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Append(Path.Combine(seedsFolder, "global.yaml"))
            .Append(Path.Combine(seedsFolder, "unplaced.yaml"))
            .Where(File.Exists);
        foreach (var path in candidates)
        {
            var lines = File.ReadAllText(path).Split('\n').ToList();
            var start = lines.FindIndex(l => IsKeyLine(l, key));
            if (start < 0)
            {
                continue;
            }

            var end = start + 1;
            while (end < lines.Count && (lines[end].Length == 0 || lines[end][0] == ' ') && !lines[end].StartsWith("- ", StringComparison.Ordinal))
            {
                end++;
            }

            // A blank line closing the entry belongs to what follows it.
            while (end > start + 1 && lines[end - 1].Length == 0)
            {
                end--;
            }

            return (path, lines, start, end);
        }

        throw new SeedException($"No seed file holds an entry with the key '{key}'.");
    }

    private static bool IsKeyLine(string line, string key) =>
        line.StartsWith("- key:", StringComparison.Ordinal) && line["- key:".Length..].Trim().Trim('\'', '"') == key;

    /// <summary>Replaces the entry's own <c>field:</c> line (indented two spaces), or adds it before <c>sources:</c>; a null value leaves the field as it is.</summary>
    private static void SetField(List<string> entry, string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        var line = $"  {field}: {Yaml(value)}";
        var existing = entry.FindIndex(l => l.StartsWith($"  {field}:", StringComparison.Ordinal));
        if (existing >= 0)
        {
            entry[existing] = line;
            return;
        }

        var sources = entry.FindIndex(l => l.StartsWith("  sources:", StringComparison.Ordinal));
        entry.Insert(sources >= 0 ? sources : entry.Count, line);
    }

    /// <summary>The new source goes first: it is the newest word on the entry.</summary>
    private static void AddSource(List<string> entry, SourceRef source)
    {
        var item = new List<string> { $"  - url: {Yaml(source.Url!)}", $"    title: {Yaml(source.Title!)}" };
        if (!string.IsNullOrWhiteSpace(source.Language))
        {
            item.Add($"    language: {Yaml(source.Language)}");
        }

        item.Add($"    quote: {Yaml(source.Quote!)}");
        if (!string.IsNullOrWhiteSpace(source.Date))
        {
            item.Add($"    date: '{source.Date}'");
        }

        var sources = entry.FindIndex(l => l.StartsWith("  sources:", StringComparison.Ordinal));
        if (sources < 0)
        {
            entry.Add("  sources:");
            sources = entry.Count - 1;
        }

        entry.InsertRange(sources + 1, item);
    }

    /// <summary>One YAML scalar on one line, quoted only where YAML needs it (the form refuses line breaks).</summary>
    private static string Yaml(string value)
    {
        var text = Scalar.Serialize(value).TrimEnd('\n', '\r');
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            throw new SeedException("A value for the seed file must be one line.");
        }

        // The seed files quote with single quotes; YamlDotNet's double quotes are kept only where they escape something.
        return text.StartsWith('"') && !text.Contains('\\', StringComparison.Ordinal) && !value.Contains('\'', StringComparison.Ordinal)
            ? "'" + value + "'"
            : text;
    }

    /// <summary>The changed seeds, read by the importer's own rules in a scratch copy, must still import and carry the change.</summary>
    private static void Verify(string seedsFolder, string path, string after, EntryCorrection correction)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"accountexit-seed-patch-{Guid.NewGuid():N}");
        try
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(seedsFolder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(scratch, Path.GetRelativePath(seedsFolder, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            File.WriteAllText(Path.Combine(scratch, Path.GetRelativePath(seedsFolder, path)), after);
            var channel = SeedReader.Read(scratch).Channels.FirstOrDefault(c => c.Key == correction.ChannelKey);
            if (correction.Remove ? channel is not null : channel is null || (correction.Value is not null && channel.Value != correction.Value))
            {
                throw new SeedException($"The changed seed file does not carry the change to '{correction.ChannelKey}'.");
            }
        }
        finally
        {
            if (System.IO.Directory.Exists(scratch))
            {
                System.IO.Directory.Delete(scratch, recursive: true);
            }
        }
    }
}
