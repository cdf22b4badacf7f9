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

public static class DirectoryQuery
{
    /// <summary>
    /// The directory is a few hundred rows, and purposes are a list, so filtering happens in memory
    /// after one indexed read; the pages and API are output-cached on top of this.
    /// </summary>
    public static async Task<DirectoryListing> ListAsync(this AccountExitDbContext db, ChannelFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);

        var query = db.Channels.AsNoTracking();
        if (filter.Kind is not null)
        {
            query = query.Where(c => c.Kind == filter.Kind);
        }

        // A marketplace's listing holds its own entries, those whose source says they cover it too, and
        // the paths valid everywhere; never the entries whose region no source names (DATA.md).
        var channels = (await query.OrderBy(c => c.MarketCode).ThenBy(c => c.Position).ToListAsync(cancellationToken))
            .Where(c => filter.Market is null || c.Scope == ChannelScope.AllMarkets || c.Serves(filter.Market))
            .Where(c => filter.Purpose is null || c.Purposes.Contains(filter.Purpose))
            .OrderBy(c => filter.Market is not null && c.MarketCode != filter.Market)
            .ToList();

        return new DirectoryListing(
            channels.Where(c => c.Scope == ChannelScope.Market).ToList(),
            channels.Where(c => c.Scope == ChannelScope.AllMarkets).ToList(),
            channels.Where(c => c.Scope == ChannelScope.Unplaced).ToList());
    }

    public static Task<List<Market>> MarketsAsync(this AccountExitDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Markets.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken);
    }
}
