using AccountExit.Core.Checking;
using AccountExit.Core.Tests.Support;

namespace AccountExit.Core.Tests.Checking;

public sealed class SeedCheckTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private const string Market = """
        code: jp
        domain: amazon.co.jp
        languages: [ja]
        laws: []
        channels:
        """;

    private static SeedCheckResult CheckMarket(string channel)
    {
        using var folder = new TempFolder();
        System.IO.Directory.CreateDirectory(folder.File("markets"));
        File.WriteAllText(folder.File(Path.Combine("markets", "jp.yaml")), Market + "\n" + channel);
        return SeedCheck.Run(folder.Location, Today);
    }

    [Fact]
    public void Run_CommittedSeeds_FindsNoProblemAndReportsEveryMarketplace()
    {
        var result = SeedCheck.Run(SeedFolder.Location, Today);

        Assert.True(result.Passed, string.Join("\n", result.Problems));
        Assert.Contains("unsourced values: 0", result.Report, StringComparison.Ordinal);
        Assert.Contains("se (amazon.se):", result.Report, StringComparison.Ordinal);
        Assert.Contains("missing:", result.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LawWhoseSourceHasNoQuote_IsAnUnsourcedStatement()
    {
        using var folder = new TempFolder();
        System.IO.Directory.CreateDirectory(folder.File("markets"));
        System.IO.Directory.CreateDirectory(folder.File("laws"));
        File.WriteAllText(folder.File(Path.Combine("markets", "jp.yaml")), Market.Replace("laws: []", "laws: [appi]", StringComparison.Ordinal) + " []\n");
        File.WriteAllText(folder.File(Path.Combine("laws", "appi.yaml")), """
            code: appi
            abbreviation: APPI
            name: { en: Act on the Protection of Personal Information }
            in_force: true
            status: { en: The letter cites the APPI. }
            status_sources:
              - { url: "https://example.org/appi", title: A page about the APPI, language: en }
            """);

        var result = SeedCheck.Run(folder.Location, Today);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("law appi", problem.Where);
        Assert.StartsWith("unsourced", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MarketplaceNamingALawWithoutAFile_IsASchemaError()
    {
        using var folder = new TempFolder();
        System.IO.Directory.CreateDirectory(folder.File("markets"));
        File.WriteAllText(folder.File(Path.Combine("markets", "jp.yaml")), Market.Replace("laws: []", "laws: [appi]", StringComparison.Ordinal) + " []\n");

        var result = SeedCheck.Run(folder.Location, Today);

        Assert.Contains(result.Problems, p => p.Where == "schema" && p.Problem.Contains("names law 'appi'", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SourceWithoutQuote_IsAnUnsourcedValue()
    {
        var result = CheckMarket("""
              - key: jp-phone
                kind: phone
                purposes: [general]
                role: customer-service
                label: { en: "Phone" }
                value: "0120-999-373"
                e164: "+81120999373"
                sources:
                  - { document: "004_bcb594c22c960b9b.txt" }
                quality: sourced
                verified_on: 2026-11-21
            """);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("unsourced", problem.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0120-999-37", "+8112099937")]
    [InlineData("0120-999-373", "+81120999374")]
    public void Run_PhoneNumberLibphonenumberRejectsOrThatDoesNotMatch_FailsTheReadNamingTheFileAndKey(string value, string e164)
    {
        var result = CheckMarket($"""
              - key: jp-phone
                kind: phone
                purposes: [general]
                role: customer-service
                label: {"{"} en: "Phone" {"}"}
                value: "{value}"
                e164: "{e164}"
                sources:
                  - {"{"} document: "004_bcb594c22c960b9b.txt", quote: "フリーダイヤル 0120-999-373" {"}"}
                quality: sourced
                verified_on: 2026-11-21
            """);

        Assert.Contains(result.Problems, p => p.Problem.Contains("jp.yaml: channel 'jp-phone'", StringComparison.Ordinal) && p.Problem.Contains("in JP", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DerivedMailbox_IsAProblem()
    {
        var result = CheckMarket("""
              - key: jp-mail
                kind: email
                purposes: [general]
                role: customer-service
                label: { en: "Mail" }
                value: "cis@amazon.co.jp"
                note: { en: "Built from a pattern." }
                sources:
                  - { document: "003_6b66243eee4e7e77.txt", quote: "Vergessen Sie nicht, die Domain von .com in Ihre lokale Amazon-Adresse zu ändern." }
                quality: derived
                verified_on: 2026-11-21
            """);

        Assert.Contains(result.Problems, p => p.Problem.Contains("never guessed", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_BrokenYaml_IsASchemaProblem()
    {
        var result = CheckMarket("  - key: [unclosed");

        Assert.Equal("schema", Assert.Single(result.Problems).Where);
    }
}
