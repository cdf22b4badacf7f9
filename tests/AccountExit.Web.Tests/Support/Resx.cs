using System.Xml.Linq;

namespace AccountExit.Web.Tests.Support;

/// <summary>Reads the web project's .resx files directly, as the source of truth for the texts a page should show.</summary>
public static class Resx
{
    /// <summary>The cultures every English resource file must be translated into.</summary>
    public static readonly IReadOnlyList<string> Translations = ["de", "sv", "id", "ja", "ar", "fr", "it", "es", "nl", "pl"];

    public static string Folder => Path.Combine(RepoPaths.WebProject, "Resources");

    /// <summary>English resource files (no culture in the name), relative to <see cref="Folder"/>, without ".resx".</summary>
    public static IReadOnlyList<string> BaseNames() =>
        System.IO.Directory.EnumerateFiles(Folder, "*.resx", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Folder, path)[..^".resx".Length])
            .Where(name => !IsCultureFile(name))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string PathOf(string baseName, string? culture) =>
        Path.Combine(Folder, culture is null || culture == "en" ? $"{baseName}.resx" : $"{baseName}.{culture}.resx");

    /// <summary>The resource entries of one file: name → value.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null && d.Attribute("mimetype") is null)
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The text a culture's resource file gives for a key; fails the test when the file or key is missing.</summary>
    public static string Value(string baseName, string culture, string key)
    {
        var path = PathOf(baseName, culture);
        Assert.True(File.Exists(path), $"{path} does not exist.");
        var entries = Read(path);
        Assert.True(entries.TryGetValue(key, out var value), $"{path} has no entry '{key}'.");
        return value!;
    }

    private static bool IsCultureFile(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        try
        {
            var culture = System.Globalization.CultureInfo.GetCultureInfo(name[(dot + 1)..], predefinedOnly: true);
            return !string.IsNullOrEmpty(culture.Name);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }
}
