using AccountExit.Core.Laws;

namespace AccountExit.Core.Directory;

public sealed class Market
{
    public required string Code { get; set; }
    public required string Domain { get; set; }
    public List<string> Languages { get; set; } = [];

    /// <summary>The data-protection regimes that apply to it (seeds/laws), the main one first.</summary>
    public List<string> Laws { get; set; } = [];

    public LocalizedText? Missing { get; set; }

    /// <summary>The main regime's code, or "none" (the API's field; stored, so the table keeps its column).</summary>
    public string DataProtectionLaw { get; set; } = "none";

    public bool GdprApplies => Laws is [Law.Gdpr or Law.UkGdpr, ..];
}
