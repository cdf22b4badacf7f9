using System.Text.Json.Serialization;

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

    /// <summary>Where the source itself is garbled or incomplete, said in plain words on the entry.</summary>
    public LocalizedText? Caveat { get; set; }

    /// <summary>Other sources that say something different; shown beside the entry, not resolved by us.</summary>
    public List<Conflict> Conflicts { get; set; } = [];

    /// <summary>Other marketplaces a market entry's source says it covers (e.g. one privacy office for several countries).</summary>
    public List<string> Covers { get; set; } = [];

    /// <summary>The purposes for which this entry is the quickest sourced route in its marketplace.</summary>
    public List<string> Fastest { get; set; } = [];

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

    /// <summary>True for an entry of this marketplace, or of another one whose source says it covers this one too.</summary>
    public bool Serves(string marketCode) =>
        Scope == ChannelScope.Market && (MarketCode == marketCode || Covers.Contains(marketCode));

    public bool IsFastestFor(string purpose) => Fastest.Contains(purpose);
}

public sealed class Conflict
{
    /// <summary>What the other source says, in the interface languages.</summary>
    public LocalizedText Says { get; set; } = [];

    public SourceRef Source { get; set; } = new();
}

public sealed class IvrStep
{
    public required string Keys { get; set; }
    public LocalizedText Label { get; set; } = [];
}

/// <summary>
/// Where a fact comes from: one of the research guides (<see cref="Document"/>) or a public page
/// (<see cref="Url"/> and <see cref="Title"/>), with the sentence the fact rests on, verbatim, and the
/// date the source itself gives.
/// </summary>
public sealed class SourceRef
{
    public string? Document { get; set; }
    public string? Language { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Quote { get; set; }
    public string? Date { get; set; }

    [JsonIgnore]
    public ResearchGuide? Guide => Document is null ? null : ResearchGuides.ByDocument(Document);

    /// <summary>What a person sees: the page's or the guide's title, never a file name.</summary>
    [JsonIgnore]
    public string DisplayName => Title ?? Guide?.Title ?? Url ?? string.Empty;
}

public enum ChannelScope
{
    Market,
    AllMarkets,
    Unplaced,
}
