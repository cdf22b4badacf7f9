using System.Text.RegularExpressions;
using AccountExit.Core.Letters;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Letters;

/// <summary>Every committed letter template renders into a complete letter (docs/letters.md).</summary>
public sealed partial class LetterTemplateTests
{
    private static readonly string[] SiteLanguages = ["en", "de", "sv", "id", "ja", "ar", "fr", "it", "es", "nl", "pl"];

    private readonly LetterRenderer renderer = new();

    public static TheoryData<string, string, OptionalValues> TemplatesAndValues()
    {
        var data = new TheoryData<string, string, OptionalValues>();
        foreach (var template in SeedFolder.Read().Letters)
        {
            // The call script has no optional variables, so one case covers it.
            foreach (var optional in template.Kind == LetterKinds.PrimeCallScript ? [OptionalValues.Present] : Enum.GetValues<OptionalValues>())
            {
                data.Add(template.Kind, template.Language, optional);
            }
        }

        return data;
    }

    public static TheoryData<string, string> KindsInLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in LetterKinds.All)
        {
            foreach (var language in SiteLanguages)
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsInLanguages))]
    public void Seeds_HaveTemplateForKindInLanguage(string kind, string language)
    {
        Assert.Contains(SeedFolder.Read().Letters, t => t.Kind == kind && t.Language == language);
    }

    [Theory]
    [MemberData(nameof(TemplatesAndValues))]
    public void Render_TemplateWithValuesForItsKind_GivesACompleteLetter(string kind, string language, OptionalValues optional)
    {
        var template = Template(kind, language);
        var values = LetterValues.For(kind, optional, gdpr: optional == OptionalValues.Present, ukGdpr: optional == OptionalValues.Null);

        var letter = renderer.Render(template, values);

        Assert.False(string.IsNullOrWhiteSpace(letter.Subject));
        Assert.DoesNotContain("{{", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", letter.Subject + letter.Body, StringComparison.Ordinal);
        if (kind != LetterKinds.PrimeCallScript)
        {
            Assert.Contains(LetterValues.FullName, letter.Body, StringComparison.Ordinal);
            Assert.Contains(LetterValues.AccountEmail, letter.Body, StringComparison.Ordinal);
        }

        Assert.Contains(LetterValues.Marketplace, letter.Subject + letter.Body, StringComparison.Ordinal);
        foreach (var (name, value) in values.Where(v => v.Value is string && v.Key != "today"))
        {
            Assert.True(
                letter.Body.Contains((string)value!, StringComparison.Ordinal) || letter.Subject.Contains((string)value!, StringComparison.Ordinal),
                $"{kind}.{language}: the value of '{name}' does not appear in the letter.");
        }

        if (optional != OptionalValues.Present)
        {
            Assert.DoesNotContain(LetterValues.PostalAddress, letter.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(SiteLanguagesData))]
    public void Render_ErasureForUnitedKingdom_CitesUkGdprInsteadOfTheEuRegulation(string language)
    {
        var letter = renderer.Render(Template(LetterKinds.ErasureGdpr, language), LetterValues.For(LetterKinds.ErasureGdpr, OptionalValues.Present, ukGdpr: true));

        Assert.Contains("UK GDPR", letter.Subject + letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2016/679", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ErasureTemplates_CiteArticle17()
    {
        var templates = SeedFolder.Read().Letters.Where(t => t.Kind == LetterKinds.ErasureGdpr).ToList();

        Assert.NotEmpty(templates);
        Assert.All(templates, t => Assert.True(t.Body.Contains("17", StringComparison.Ordinal), $"erasure-gdpr.{t.Language} does not mention Art. 17."));
    }

    [Fact]
    public void ClosureTemplates_CiteNoLaw()
    {
        var templates = SeedFolder.Read().Letters.Where(t => t.Kind == LetterKinds.Closure).ToList();

        Assert.NotEmpty(templates);
        Assert.All(templates, t =>
        {
            var letter = renderer.Render(t, LetterValues.For(t.Kind, OptionalValues.Present));
            AssertCitesNoLaw($"closure.{t.Language}", letter);
        });
    }

    [Theory]
    [InlineData(LetterKinds.FollowUp)]
    [InlineData(LetterKinds.Complaint)]
    public void Render_WhereNoGdprApplies_CitesNoArticle(string kind)
    {
        var templates = SeedFolder.Read().Letters.Where(t => t.Kind == kind).ToList();

        Assert.NotEmpty(templates);
        Assert.All(templates, t =>
        {
            var letter = renderer.Render(t, LetterValues.For(kind, OptionalValues.Present, gdpr: false, ukGdpr: false));
            AssertCitesNoLaw($"{kind}.{t.Language}", letter);
        });
    }

    public static TheoryData<string> SiteLanguagesData() => new(SiteLanguages);

    private static LetterTemplate Template(string kind, string language) =>
        SeedFolder.Read().Letters.Single(t => t.Kind == kind && t.Language == language);

    private static void AssertCitesNoLaw(string name, RenderedLetter letter)
    {
        var text = letter.Subject + "\n" + letter.Body;
        var match = LawCitation().Match(text);
        Assert.False(match.Success, $"{name} cites a law ('{match.Value}'):\n{text}");
    }

    /// <summary>Names of the GDPR and article references, in the languages the letters are written in.</summary>
    [GeneratedRegex(@"GDPR|DSGVO|RGPD|RODO|AVG|2016/679|\bArt\.|(?i:\b(article|artikel|articolo|artículo|artykuł|pasal)\b)|المادة|第\d+条")]
    private static partial Regex LawCitation();
}
