using AccountExit.Core;
using AccountExit.Core.Seeding;
using Microsoft.EntityFrameworkCore;

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
        builder.Services.AddHealthChecks().AddDbContextCheck<AccountExitDbContext>("database");
    }

    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var seedsFolder = SeedsFolder(app.Configuration);
        var changed = await db.ImportAsync(SeedReader.Read(seedsFolder));
        LogSeeded(app.Logger, seedsFolder, changed);
    }

    public static string SeedsFolder(IConfiguration configuration) =>
        configuration["AccountExit:SeedsPath"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed import from {SeedsFolder} wrote {ChangedRows} rows")]
    private static partial void LogSeeded(ILogger logger, string seedsFolder, int changedRows);
}
