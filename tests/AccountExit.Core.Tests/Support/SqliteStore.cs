using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Core.Tests.Support;

/// <summary>A real SQLite file in its own temp folder, migrated like the app does at start-up.</summary>
public sealed class SqliteStore : IDisposable
{
    private readonly TempFolder folder = new();

    public SqliteStore()
    {
        ConnectionString = "Data Source=" + folder.File("accountexit.db");
    }

    public string ConnectionString { get; }

    /// <summary>A new context on the store, as a new request or a restarted app would have.</summary>
    public AccountExitDbContext Open() =>
        new(new DbContextOptionsBuilder<AccountExitDbContext>().UseSqlite(ConnectionString).Options);

    public static async Task<SqliteStore> CreateMigratedAsync()
    {
        var store = new SqliteStore();
        await using var db = store.Open();
        await db.Database.MigrateAsync();
        return store;
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        folder.Dispose();
    }
}
