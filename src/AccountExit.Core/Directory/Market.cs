namespace AccountExit.Core.Directory;

public sealed class Market
{
    public required string Code { get; set; }
    public required string Domain { get; set; }
    public List<string> Languages { get; set; } = [];
    public required string DataProtectionLaw { get; set; }
    public LocalizedText? Missing { get; set; }

    public bool GdprApplies => DataProtectionLaw is "gdpr" or "uk-gdpr";
}
