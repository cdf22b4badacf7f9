namespace AccountExit.Core.Directory;

/// <summary>
/// One of the five research guides the product starts from (shared/sources). A guide's title is its
/// first line as written; 001 has none, so its opening words stand in.
/// </summary>
public sealed record ResearchGuide(string Id, string Document, string Language, string Title, string? Site = null);

public static class ResearchGuides
{
    public static readonly IReadOnlyList<ResearchGuide> All =
    [
        new("000", "000_42a56ccf923d2894.txt", "sv", "Lösningen för att kunna stänga ditt Amazon-konto permanent"),
        new("001", "001_d4bed8b1c44c3782.txt", "id", "Setelah mendengar banyak dari teman-teman…"),
        new("002", "002_f1faf9f2c92d1526.txt", "ar", "خطوات حذف حساب امازون نهائيا", "almrsal.com"),
        new("003", "003_6b66243eee4e7e77.txt", "de", "4 beste Möglichkeiten, Ihr Amazon-Konto freizuschalten"),
        new("004", "004_bcb594c22c960b9b.txt", "ja", "Amazonプライムを電話で解約する流れについて"),
    ];

    public static ResearchGuide? ByDocument(string document) => All.FirstOrDefault(g => g.Document == document);
}
