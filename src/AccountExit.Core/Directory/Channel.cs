namespace AccountExit.Core.Directory;

public sealed class Channel
{
    public required string Key { get; set; }
    public ChannelScope Scope { get; set; }
    public string? MarketCode { get; set; }
    public required string Kind { get; set; }
    public List<string> Purposes { get; set; } = [];
    public required string Role { get; set; }
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
    public required string Quality { get; set; }
    public DateOnly VerifiedOn { get; set; }
    public int Position { get; set; }

    /// <summary>The link a browser can follow, or null when the entry has nothing to dial, mail or open.</summary>
    public string? Href => Kind switch
    {
        ChannelKinds.Phone or ChannelKinds.Callback when E164 is not null => "tel:" + E164,
        ChannelKinds.Email when Value is not null => "mailto:" + Value,
        _ => Url,
    };

    public bool IsStale(DateOnly today) => VerifiedOn.AddMonths(12) < today;
}

public sealed class IvrStep
{
    public required string Keys { get; set; }
    public LocalizedText Label { get; set; } = [];
}

public sealed class SourceRef
{
    public string? Document { get; set; }
    public string? Language { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }

    public string DisplayName => (Title, Document) switch
    {
        (not null, not null) => $"{Title} ({Document})",
        _ => Title ?? Document ?? Url ?? string.Empty,
    };
}

public enum ChannelScope
{
    Market,
    AllMarkets,
    Unplaced,
}
