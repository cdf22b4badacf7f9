using Microsoft.AspNetCore.DataProtection;
using AccountExit.Core;
using AccountExit.Core.Seeding;
using AccountExit.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountExit.Web.Hosting;

internal static partial class DataSetup
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static void AddData(this WebApplicationBuilder builder)
    {
        var provider = (builder.Configuration["AccountExit:DatabaseProvider"] ?? Sqlite).Trim().ToLowerInvariant();
        var connectionString = builder.Configuration.GetConnectionString("AccountExit");
        if (provider == Postgres)
        {
            AddPostgres(builder, connectionString);
            return;
        }

        if (provider != Sqlite)
        {
            throw new InvalidOperationException($"AccountExit:DatabaseProvider is '{provider}': use '{Sqlite}' (the default) or '{Postgres}'.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");
            System.IO.Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "accountexit.db")}";
        }

        var databaseFile = DataAvailability.FileOf(connectionString);
        builder.Services.AddDbContext<AccountExitDbContext>(options => options
            .UseSqlite(ServingConnectionString(connectionString))
            // A failed command is reported once, by whoever handles it (a start-up fault line, the
            // data-unavailable page), not also as a multi-line SQL dump.
            .ConfigureWarnings(warnings => warnings.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug))));
        builder.Services.AddSingleton(services => new DataAvailability(databaseFile, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(new DatabaseLocation(Sqlite, connectionString, databaseFile));
        AddShared(builder);
    }

    /// <summary>Several instances on one PostgreSQL database: no file to watch, and the start takes a lock so one instance imports while the others wait.</summary>
    private static void AddPostgres(WebApplicationBuilder builder, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("AccountExit:DatabaseProvider is 'postgres' but ConnectionStrings:AccountExit is empty: give it an Npgsql connection string.");
        }

        builder.Services.AddDbContext<AccountExitDbContext>(options => options
            .UsePostgres(connectionString)
            .ConfigureWarnings(warnings => warnings.Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Debug))));
        builder.Services.AddSingleton(services => new DataAvailability(null, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(new DatabaseLocation(Postgres, connectionString, null));
        var refresh = TimeSpan.FromSeconds(builder.Configuration.GetValue("AccountExit:Directory:RefreshSeconds", 10));
        builder.Services.AddHostedService(services => new DirectoryRefresh(
            services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<AccountExit.Core.Directory.DirectoryStore>(), refresh,
            services.GetRequiredService<ILogger<DirectoryRefresh>>()));
        AddShared(builder);
    }

    private static void AddShared(WebApplicationBuilder builder)
    {
        // Keys in the database, not in a folder of one machine: every instance on the same database accepts the others' forms.
        builder.Services.AddDataProtection().SetApplicationName("AccountExit").PersistKeysToDbContext<AccountExitDbContext>();
        // The keys are stored unencrypted: the database is the trust boundary (whoever reads it reads the reports
        // too). appsettings.json lowers XmlKeyManager to Error, as the warning saying so repeats at every rotation.
        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddSingleton<AccountExit.Core.Directory.DirectoryStore>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<AccountExitDbContext>("database")
            .AddCheck<DataAvailability>("database-file")
            .AddCheck<SeedState>("seeds");
    }

    /// <summary>
    /// Migrates and imports seeds/. Seeds that do not read (a YAML error, a template that does not
    /// compile, no marketplace at all) import nothing: the data of the last good import stays and
    /// /healthz says why. Returns false when there is no data to serve at all.
    /// </summary>
    public static async Task<bool> MigrateAndSeedAsync(this WebApplication app)
    {
        var location = app.Services.GetRequiredService<DatabaseLocation>();
        try
        {
            return await MigrateAndSeedCoreAsync(app, location);
        }
        catch (SqliteException e)
        {
            var problem = DatabaseFault(e, location.File ?? location.ConnectionString);
            LogStartFailed(app.Logger, problem);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = $"The database {location.File} cannot be opened ({e.Message}): check that its folder exists and the app may write to it.";
            LogStartFailed(app.Logger, problem);
            return false;
        }
    }

    private static async Task<bool> MigrateAndSeedCoreAsync(WebApplication app, DatabaseLocation location)
    {
        if (location.Provider == Postgres)
        {
            await using var lockScope = app.Services.CreateAsyncScope();
            var lockDb = lockScope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
            // Two instances starting at once: the first migrates and imports, the second waits here and
            // then finds the same seed hash and skips. The lock ends with the connection.
            await lockDb.Database.OpenConnectionAsync();
            // Waiting for the other instance's import is not a stuck query: allow it far longer than a command's 30 s.
            lockDb.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await lockDb.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7240311)");
            try
            {
                return await ImportAsync(app) && await app.EnsureAdministratorAsync();
            }
            finally
            {
                await lockDb.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7240311)");
            }
        }

        // Only the start may create the file: while serving, a database deleted under the app must
        // not be silently replaced by an empty one.
        await using (var create = new SqliteConnection(location.ConnectionString))
        {
            await create.OpenAsync();
        }

        return await ImportAsync(app, sqlite: true) && await app.EnsureAdministratorAsync();
    }

    private static async Task<bool> ImportAsync(WebApplication app, bool sqlite = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
        await db.Database.MigrateAsync();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var seedsFolder = SeedsFolder(app.Configuration);
        var directory = app.Services.GetRequiredService<AccountExit.Core.Directory.DirectoryStore>();
        // Reading and checking the seeds is most of a start; the same files as the last good import need neither.
        var hash = System.IO.Directory.Exists(seedsFolder) ? SeedImport.HashOf(seedsFolder) : null;
        if (hash is not null && await db.SeedImports.AnyAsync(i => i.SeedsHash == hash) && await db.Markets.AnyAsync())
        {
            await directory.ReloadAsync(db);
            LogSeedsUnchanged(app.Logger, seedsFolder);
            return true;
        }

        SeedSet seeds;
        try
        {
            seeds = SeedReader.Read(seedsFolder);
        }
        catch (SeedException e)
        {
            var hasData = await db.Markets.AnyAsync();
            app.Services.GetRequiredService<SeedState>().Problem = e.Message;
            var problem = e.Message.TrimEnd('.');
            LogSeedsRefused(app.Logger, problem, hasData
                ? "the data of the last good import stays"
                : "there is no earlier data, so the app cannot start: fix the seed file or point AccountExit:SeedsPath at a good copy of seeds/");
            await directory.ReloadAsync(db);
            return hasData;
        }

        var changed = await db.ImportAsync(seeds);
        db.SeedImports.RemoveRange(await db.SeedImports.ToListAsync());
        db.SeedImports.Add(new SeedImport { SeedsHash = hash!, ImportedAt = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync();
        await directory.ReloadAsync(db);
        LogSeeded(app.Logger, seedsFolder, changed);
        return true;
    }

    /// <summary>One line for the operator: what is wrong with which file, and what to do.</summary>
    private static string DatabaseFault(SqliteException e, string file) => e.SqliteErrorCode switch
    {
        8 => $"The database {file} is read-only: give the app write access to it and its folder"
            + $" (a read-only {file}-shm or {file}-wal left behind does the same: delete those two files), or point ConnectionStrings:AccountExit elsewhere.",
        11 or 26 => $"The database {file} is damaged or is not a SQLite database: restore it from a backup, or move it away so the app creates and seeds a new one.",
        14 => $"The database {file} cannot be opened: check that its folder exists and the app may write to it.",
        _ => $"The database {file} cannot be used (SQLite error {e.SqliteErrorCode}: {e.Message}).",
    };

    /// <summary>While serving, the app opens the file it created at start and never creates one.</summary>
    private static string ServingConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && !new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.ContainsKey("Mode"))
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return builder.ToString();
    }

    /// <summary>/healthz: the overall status, then each check with the reason when it is not healthy.</summary>
    public static void MapHealth(this WebApplication app) =>
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                var lines = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description}");
                return context.Response.WriteAsync(string.Join("\n", lines.Prepend(report.Status.ToString())));
            },
        });

    public static string SeedsFolder(IConfiguration configuration) =>
        configuration["AccountExit:SeedsPath"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");

    [LoggerMessage(Level = LogLevel.Critical, Message = "The app cannot start: {Problem}")]
    private static partial void LogStartFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Seeds not imported: {Problem}; {Consequence}")]
    private static partial void LogSeedsRefused(ILogger logger, string problem, string consequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeds in {SeedsFolder} unchanged since the last import: not read again")]
    private static partial void LogSeedsUnchanged(ILogger logger, string seedsFolder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import from {SeedsFolder} wrote {ChangedRows} rows")]
    private static partial void LogSeeded(ILogger logger, string seedsFolder, int changedRows);
}

/// <summary>The database as configured (the start may create it) and its file.</summary>
internal sealed record DatabaseLocation(string Provider, string ConnectionString, string? File);

/// <summary>Why the last seed import was refused, if it was: /healthz reports it as degraded.</summary>
internal sealed class SeedState : IHealthCheck
{
    public string? Problem { get; set; }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Problem is null ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("Seeds not imported: " + Problem));
}
