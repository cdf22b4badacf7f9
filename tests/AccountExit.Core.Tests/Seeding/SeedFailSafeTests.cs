using AccountExit.Core.Seeding;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Seeding;

/// <summary>Issue 10: seeds that would break the directory or every letter of a kind are refused before anything is imported.</summary>
public sealed class SeedFailSafeTests
{
    [Fact]
    public void Read_FolderWithoutAnyMarketplace_IsRefusedSoTheImportCannotEmptyTheDirectory()
    {
        using var folder = new TempFolder();
        System.IO.Directory.CreateDirectory(folder.File("markets"));

        var exception = Assert.Throws<SeedException>(() => SeedReader.Read(folder.Location));

        Assert.Contains("no marketplace", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dear {{full_nme}},", "full_nme")]
    [InlineData("{{#if postal_address}}{{postal_address}}", "does not compile")]
    public void Read_TemplateWithUnknownVariableOrUnclosedBlock_NamesTheFileAndTheProblem(string body, string expected)
    {
        using var folder = new TempFolder();
        SeedFolder.CopyTo(folder.Location);
        var path = folder.File(Path.Combine("letters", "closure.en.yaml"));
        File.WriteAllText(path, $"kind: closure\nlanguage: en\nsubject: \"Closing my account\"\nbody: |\n  {body}\n");

        var exception = Assert.Throws<SeedException>(() => SeedReader.Read(folder.Location));

        Assert.Contains("closure.en.yaml", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommittedTemplates_AllCompileWithDocumentedVariablesOnly()
    {
        Assert.NotEmpty(SeedFolder.Read().Letters);
    }
}
