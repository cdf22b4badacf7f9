using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Core.Seeding;

public static class SeedImporter
{
    /// <summary>
    /// Upserts the seed set by stable keys and removes rows no longer in it. Returns the number of
    /// rows written: zero when the store already matches the files.
    /// </summary>
    public static async Task<int> ImportAsync(this AccountExitDbContext db, SeedSet seeds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seeds);

        Sync(db.Markets, await db.Markets.ToListAsync(cancellationToken), seeds.Markets, m => m.Code);
        Sync(db.Channels, await db.Channels.ToListAsync(cancellationToken), seeds.Channels, c => c.Key);
        Sync(db.LetterTemplates, await db.LetterTemplates.ToListAsync(cancellationToken), seeds.Letters, t => (t.Kind, t.Language));
        Sync(db.Laws, await db.Laws.ToListAsync(cancellationToken), seeds.Laws, l => l.Code);
        return await db.SaveChangesAsync(cancellationToken);
    }

    private static void Sync<TEntity, TKey>(DbSet<TEntity> set, List<TEntity> stored, IReadOnlyList<TEntity> wanted, Func<TEntity, TKey> key)
        where TEntity : class
        where TKey : notnull
    {
        var storedByKey = stored.ToDictionary(key);
        foreach (var entity in wanted)
        {
            if (storedByKey.Remove(key(entity), out var existing))
            {
                set.Entry(existing).CurrentValues.SetValues(entity);
            }
            else
            {
                set.Add(entity);
            }
        }

        set.RemoveRange(storedByKey.Values);
    }
}
