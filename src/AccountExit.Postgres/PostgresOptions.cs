using Microsoft.EntityFrameworkCore;

namespace AccountExit.Postgres;

public static class PostgresOptions
{
    /// <summary>The assembly that holds the PostgreSQL migrations.</summary>
    public const string MigrationsAssembly = "AccountExit.Postgres";

    public static DbContextOptionsBuilder<TContext> UsePostgres<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));

    public static DbContextOptionsBuilder UsePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));
}
