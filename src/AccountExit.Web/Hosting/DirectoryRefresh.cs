using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Web.Hosting;

/// <summary>
/// With several instances on one database, another instance may import new seeds: every few seconds
/// this one checks the latest import's hash and, when it changed, reads the directory again.
/// </summary>
internal sealed partial class DirectoryRefresh(IServiceScopeFactory scopes, DirectoryStore directory, TimeSpan interval, ILogger<DirectoryRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
                var latest = await db.SeedImports.AsNoTracking().OrderByDescending(i => i.Id).Select(i => i.SeedsHash).FirstOrDefaultAsync(stoppingToken);
                if (latest is not null && latest != directory.Current.Version)
                {
                    await directory.ReloadAsync(db, stoppingToken);
                    LogReloaded(logger, latest);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; the data already in memory keeps being served.
                LogFailed(logger, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance imported seeds {Version}: directory read again")]
    private static partial void LogReloaded(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking for a newer import failed: {Problem}")]
    private static partial void LogFailed(ILogger logger, string problem);
}
