using Npgsql;

namespace AccountExit.Web.Tests.MultiInstance;

/// <summary>
/// The PostgreSQL server and Redis that scripts/test.sh starts on loopback (ACCOUNTEXIT_TEST_POSTGRES,
/// ACCOUNTEXIT_TEST_REDIS). Without them these tests fail with how to get them; they never pass silently.
/// </summary>
public static class PostgresServer
{
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("ACCOUNTEXIT_TEST_POSTGRES") is { Length: > 0 } value ? value
            : throw new InvalidOperationException("ACCOUNTEXIT_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which installs Debian's postgresql and redis-server and starts both on loopback.");

    public static string Redis =>
        Environment.GetEnvironmentVariable("ACCOUNTEXIT_TEST_REDIS") is { Length: > 0 } value ? value
            : throw new InvalidOperationException("ACCOUNTEXIT_TEST_REDIS is not set: run the tests with scripts/test.sh.");

    /// <summary>A new, empty database on the test server; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"accountexit_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
