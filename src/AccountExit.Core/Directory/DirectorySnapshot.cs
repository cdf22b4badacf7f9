using AccountExit.Core.Laws;
using AccountExit.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Core.Directory;

public sealed record ChannelFilter(string? Market = null, string? Kind = null, string? Purpose = null);

public sealed record DirectoryListing(IReadOnlyList<Channel> MarketChannels, IReadOnlyList<Channel> AllMarketChannels, IReadOnlyList<Channel> Unplaced)
{
    public int Count => MarketChannels.Count + AllMarketChannels.Count + Unplaced.Count;

    /// <summary>The same listing narrowed to one purpose, for a page that needs both the whole listing and a part of it.</summary>
    public DirectoryListing WithPurpose(string purpose) => new(
        MarketChannels.Where(c => c.Purposes.Contains(purpose)).ToList(),
        AllMarketChannels.Where(c => c.Purposes.Contains(purpose)).ToList(),
        Unplaced.Where(c => c.Purposes.Contains(purpose)).ToList());
}

/// <summary>
/// The directory as the last import left it. Marketplaces, channels and letter templates change only at
/// import, so pages and the API read them from memory instead of the database: one read after each
/// import, swapped whole (<see cref="DirectoryStore"/>). The objects are shared by every request and
/// never changed after loading.
/// </summary>
public sealed class DirectorySnapshot
{
    private readonly Dictionary<string, Market> marketsByCode;
    private readonly Dictionary<(string Kind, string Language), LetterTemplate> templates;
    private readonly Dictionary<string, IReadOnlyList<string>> languagesByKind;
    private readonly Dictionary<string, Law> lawsByCode;

    private DirectorySnapshot(List<Market> markets, List<Channel> channels, List<LetterTemplate> letters, List<Law> laws, string? version = null)
    {
        Version = version;
        lawsByCode = laws.ToDictionary(l => l.Code, StringComparer.Ordinal);
        Markets = markets;
        Channels = channels;
        marketsByCode = markets.ToDictionary(m => m.Code, StringComparer.Ordinal);
        templates = letters.ToDictionary(t => (t.Kind, t.Language));
        languagesByKind = letters.GroupBy(t => t.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(t => t.Language).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>An empty directory, until the first import has been read.</summary>
    public static DirectorySnapshot Empty { get; } = new([], [], [], []);

    /// <summary>The SHA-256 of the seed files this data was imported from (the open data's version), or null before the first import.</summary>
    public string? Version { get; }

    /// <summary>Ordered by code.</summary>
    public IReadOnlyList<Market> Markets { get; }

    /// <summary>Ordered by marketplace, then by position in its seed file.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    public static async Task<DirectorySnapshot> LoadAsync(AccountExitDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var markets = await db.Markets.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var channels = await db.Channels.AsNoTracking().OrderBy(c => c.MarketCode).ThenBy(c => c.Position).ToListAsync(cancellationToken);
        var letters = await db.LetterTemplates.AsNoTracking().ToListAsync(cancellationToken);
        var laws = await db.Laws.AsNoTracking().ToListAsync(cancellationToken);
        var version = await db.SeedImports.AsNoTracking().OrderByDescending(i => i.Id).Select(i => i.SeedsHash).FirstOrDefaultAsync(cancellationToken);
        return new DirectorySnapshot(markets, channels, letters, laws, version);
    }

    public Market? Market(string? code) => code is not null && marketsByCode.TryGetValue(code, out var market) ? market : null;

    public Law? Law(string? code) => code is not null && lawsByCode.TryGetValue(code, out var law) ? law : null;

    /// <summary>The marketplace's main regime (the first its file names), or null where none is on file.</summary>
    public Law? MainLaw(Market market) => Law(market?.Laws.FirstOrDefault());

    public LetterTemplate? Template(string kind, string language) => templates.GetValueOrDefault((kind, language));

    /// <summary>The languages a letter kind has a template in, ordered.</summary>
    public IReadOnlyList<string> Languages(string kind) => languagesByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>
    /// A marketplace's listing holds its own entries, those whose source says they cover it too, and
    /// the paths valid everywhere; never the entries whose region no source names (DATA.md).
    /// </summary>
    public DirectoryListing List(ChannelFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var channels = Channels
            .Where(c => filter.Kind is null || c.Kind == filter.Kind)
            .Where(c => filter.Market is null || c.Scope == ChannelScope.AllMarkets || c.Serves(filter.Market))
            .Where(c => filter.Purpose is null || c.Purposes.Contains(filter.Purpose))
            .OrderBy(c => filter.Market is not null && c.MarketCode != filter.Market)
            .ToList();

        return new DirectoryListing(
            channels.Where(c => c.Scope == ChannelScope.Market).ToList(),
            channels.Where(c => c.Scope == ChannelScope.AllMarkets).ToList(),
            channels.Where(c => c.Scope == ChannelScope.Unplaced).ToList());
    }
}

/// <summary>Holds the current <see cref="DirectorySnapshot"/>; an import replaces it in one step, so a request sees the old data or the new, never a mix.</summary>
public sealed class DirectoryStore
{
    private DirectorySnapshot current = DirectorySnapshot.Empty;

    public DirectorySnapshot Current => Volatile.Read(ref current);

    public async Task ReloadAsync(AccountExitDbContext db, CancellationToken cancellationToken = default) =>
        Volatile.Write(ref current, await DirectorySnapshot.LoadAsync(db, cancellationToken));
}
