using AccountExit.Core;
using AccountExit.Core.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountExit.Web.Hosting;

internal static partial class DataSetup
{
    public static void AddData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("AccountExit");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "data");
            System.IO.Directory.CreateDirectory(dataFolder);
            connectionString = $"Data Source={Path.Combine(dataFolder, "accountexit.db")}";
        }

        builder.Services.AddDbContext<AccountExitDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<AccountExitDbContext>("database")
            .AddCheck<SeedState>("seeds");
    }

    /// <summary>
    /// Migrates and imports seeds/. Seeds that do not read (a YAML error, a template that does not
    /// compile, no marketplace at all) import nothing: the data of the last good import stays and
    /// /healthz says why. Returns false when there is no data to serve at all.
    /// </summary>
    public static async Task<bool> MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var seedsFolder = SeedsFolder(app.Configuration);
        SeedSet seeds;
        try
        {
            seeds = SeedReader.Read(seedsFolder);
        }
        catch (SeedException e)
        {
            var hasData = await db.Markets.AnyAsync();
            app.Services.GetRequiredService<SeedState>().Problem = e.Message;
            LogSeedsRefused(app.Logger, e.Message, hasData ? "the data of the last good import stays" : "there is no earlier data, so the app cannot start");
            return hasData;
        }

        var changed = await db.ImportAsync(seeds);
        LogSeeded(app.Logger, seedsFolder, changed);
        return true;
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

    [LoggerMessage(Level = LogLevel.Critical, Message = "Seeds not imported: {Problem}; {Consequence}")]
    private static partial void LogSeedsRefused(ILogger logger, string problem, string consequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import from {SeedsFolder} wrote {ChangedRows} rows")]
    private static partial void LogSeeded(ILogger logger, string seedsFolder, int changedRows);
}

/// <summary>Why the last seed import was refused, if it was: /healthz reports it as degraded.</summary>
internal sealed class SeedState : IHealthCheck
{
    public string? Problem { get; set; }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Problem is null ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("Seeds not imported: " + Problem));
}
