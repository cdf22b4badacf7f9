using System.Text.RegularExpressions;
using AccountExit.Web.Tests.Support;

namespace AccountExit.Web.Tests.Localization;

/// <summary>
/// Every English resource file under src/AccountExit.Web/Resources (found by name, so new files are
/// covered without touching this class) is translated into every site language, key for key.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    public static TheoryData<string, string> ResourceFilesAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var baseName in Resx.BaseNames())
        {
            foreach (var culture in Resx.Translations)
            {
                data.Add(baseName, culture);
            }
        }

        return data;
    }

    public static TheoryData<string> ResourceFiles() => new(Resx.BaseNames());

    [Fact]
    public void ResourceFolder_HasTheSharedResourceFile()
    {
        Assert.Contains("SharedResource", Resx.BaseNames());
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EnglishResourceFile_HasANonEmptyValueForEveryKey(string baseName)
    {
        var english = Resx.Read(Resx.PathOf(baseName, null));

        Assert.NotEmpty(english);
        Assert.All(english, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{baseName}.resx: '{entry.Key}' is empty."));
    }

    [Theory]
    [MemberData(nameof(ResourceFilesAndCultures))]
    public void Translation_HasExactlyTheEnglishKeysWithNonEmptyValuesAndSamePlaceholders(string baseName, string culture)
    {
        var path = Resx.PathOf(baseName, culture);
        Assert.True(File.Exists(path), $"{Path.GetRelativePath(RepoPaths.Root, path)} is missing.");
        var english = Resx.Read(Resx.PathOf(baseName, null));

        var translated = Resx.Read(path);

        var file = $"{baseName}.{culture}.resx";
        Assert.True(english.Keys.Except(translated.Keys).ToList() is [], $"{file} lacks: {string.Join(", ", english.Keys.Except(translated.Keys))}");
        Assert.True(translated.Keys.Except(english.Keys).ToList() is [], $"{file} has keys English lacks: {string.Join(", ", translated.Keys.Except(english.Keys))}");
        Assert.All(translated, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{file}: '{entry.Key}' is empty.");
            Assert.True(
                Placeholders(entry.Value).SequenceEqual(Placeholders(english[entry.Key])),
                $"{file}: '{entry.Key}' has placeholders [{string.Join(" ", Placeholders(entry.Value))}], English has [{string.Join(" ", Placeholders(english[entry.Key]))}].");
        });
    }

    /// <summary>
    /// Values a translation shares with English because the word is the same in that language (a name, a
    /// loanword, a separator). Anything else identical to English is an untranslated string.
    /// </summary>
    private static readonly Dictionary<string, string[]> SameAsEnglish = new(StringComparer.Ordinal)
    {
        ["SharedResource.de"] = ["Market_jp", "Kind_chat", "Kind_postal", "List_Separator", "LawSources_Website", "Admin_Field_Url"],
        ["SharedResource.sv"] = ["Market_jp", "List_Separator"],
        ["SharedResource.id"] = ["Market_in", "Filter_Market", "Kind_email", "Kind_chat", "List_Separator", "Layout_Menu"],
        ["Pages/CancelPrime/PrimeResource.de"] = ["Online_Title"],
        ["Pages/CancelPrime/PrimeResource.sv"] = ["Online_Title"],
        ["Pages/CancelPrime/PrimeResource.id"] = ["Online_Title"],
        ["Pages/Letters/LetterResource.de"] = ["Country_jp"],
        ["Pages/Letters/LetterResource.sv"] = ["Country_jp"],
        ["Pages/CancelPrime/PrimeResource.fr"] = ["Source_Short"],
        ["Pages/CancelPrime/PrimeResource.pl"] = ["Online_Title"],
        ["Pages/CloseAccount/CloseResource.fr"] = ["Source_Short"],
        ["Pages/GetData/DataResource.fr"] = ["Source_Short"],
        ["Pages/Letters/LetterResource.es"] = ["Field_Resident_No"],
        ["Pages/Letters/LetterResource.fr"] = ["Print_Signature", "Country_fr", "Country_lu", "Country_ca"],
        ["Pages/Letters/LetterResource.it"] = ["Field_Resident_No", "Country_ca"],
        ["Pages/Letters/LetterResource.nl"] = ["Country_ca", "Country_jp"],
        ["Pages/UnlockAccount/UnlockResource.fr"] = ["Source_Short"],
        ["SharedResource.es"] = ["Market_in", "List_Separator"],
        ["SharedResource.fr"] = ["Market_ca", "Market_fr", "List_Separator", "Layout_Menu"],
        ["SharedResource.it"] = ["Market_ca", "Market_in", "Kind_chat", "List_Separator", "Layout_Menu", "Admin_SignIn_Password", "Admin_Field_Url"],
        ["SharedResource.nl"] = ["Footer_OpenData", "Market_ca", "Market_in", "Market_jp", "Kind_chat", "List_Separator", "Layout_Menu", "LawSources_Website", "Footer_OpenDataCsv", "Admin_Field_Url"],
        ["SharedResource.pl"] = ["List_Separator", "Layout_Menu", "Admin_Field_Url"],
    };

    [Theory]
    [MemberData(nameof(ResourceFilesAndCultures))]
    public void Translation_LeavesNoValueIdenticalToEnglish_ExceptTheAllowedNamesAndLoanwords(string baseName, string culture)
    {
        var english = Resx.Read(Resx.PathOf(baseName, null));
        var translated = Resx.Read(Resx.PathOf(baseName, culture));
        var file = $"{baseName.Replace('\\', '/')}.{culture}";
        var allowed = SameAsEnglish.GetValueOrDefault(file) ?? [];

        var same = translated.Where(e => english.TryGetValue(e.Key, out var en) && en == e.Value && !allowed.Contains(e.Key)).Select(e => $"{e.Key} = \"{e.Value}\"").ToList();

        Assert.True(same is [], $"{file}.resx leaves these as in English: {string.Join(", ", same)}");
    }

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
