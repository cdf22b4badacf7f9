using AccountExit.Core.Directory;

namespace AccountExit.Core.Seeding;

// Shapes of the YAML files in seeds/ (docs/data-schema.md); mapped to entities by SeedReader.
internal sealed class MarketFile
{
    public string Code { get; set; } = "";
    public string Domain { get; set; } = "";
    public List<string> Languages { get; set; } = [];
    public List<string> Laws { get; set; } = [];
    public LocalizedText? Missing { get; set; }
    public List<ChannelEntry> Channels { get; set; } = [];
}

internal sealed class ChannelListFile
{
    public List<ChannelEntry> Channels { get; set; } = [];
}

internal sealed class ChannelEntry
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Purposes { get; set; } = [];
    public string Role { get; set; } = "";
    public LocalizedText Label { get; set; } = [];
    public string? Value { get; set; }
    public string? Url { get; set; }
    public string? E164 { get; set; }
    public bool? TollFree { get; set; }
    public LocalizedText? Hours { get; set; }
    public List<IvrStep> Ivr { get; set; } = [];
    public string? OperatorShortcut { get; set; }
    public List<string> HaveReady { get; set; } = [];
    public LocalizedText? Wait { get; set; }
    public List<LocalizedText> Steps { get; set; } = [];
    public LocalizedText? Note { get; set; }
    public List<SourceRef> Sources { get; set; } = [];
    public LocalizedText? Caveat { get; set; }
    public List<Conflict> Conflicts { get; set; } = [];
    public List<string> Covers { get; set; } = [];
    public List<string> Fastest { get; set; } = [];
    public string Quality { get; set; } = "";
    public string VerifiedOn { get; set; } = "";
}

internal sealed class LetterFile
{
    public string Kind { get; set; } = "";
    public string Language { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
}
