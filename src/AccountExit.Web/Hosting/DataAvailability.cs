using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Whether the SQLite file the app serves is still there and writable. SQLite keeps serving a file
/// deleted under it through the connections it has open, and writes then vanish with it, so a
/// report would be thanked for and lost: the file itself is checked, at most every two seconds.
/// </summary>
public sealed class DataAvailability(string? databasePath, TimeProvider clock) : IHealthCheck
{
    private const string ProblemKey = "AccountExit.DataProblem";
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private (DateTimeOffset At, string? Problem, bool Missing) last = (DateTimeOffset.MinValue, null, false);

    public static string? ProblemOf(HttpContext context) => context.Items[ProblemKey] as string;

    public static void MarkUnavailable(HttpContext context, string problem)
    {
        context.Items[ProblemKey] = problem;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "60";
    }

    /// <summary>Null when the data can be read and written; otherwise what is wrong, for the operator.</summary>
    public string? Problem => Check().Problem;

    /// <summary>The file is gone: nothing read now would be the data the app imported.</summary>
    public bool Missing => Check().Missing;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Problem is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy());

    private (DateTimeOffset At, string? Problem, bool Missing) Check()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (now - last.At >= CheckEvery)
            {
                var (problem, missing) = Inspect(databasePath);
                last = (now, problem, missing);
            }

            return last;
        }
    }

    private static (string? Problem, bool Missing) Inspect(string? path)
    {
        if (path is null)
        {
            return (null, false);
        }

        if (!File.Exists(path))
        {
            return ($"the database file {path} is missing", true);
        }

        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return (null, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ($"the database file {path} cannot be written ({e.Message})", false);
        }
    }

    /// <summary>The file behind a SQLite connection string, or null for an in-memory database.</summary>
    public static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }
}

/// <summary>
/// Pages that read the directory answer 503 in the person's language while the database file is
/// missing, and any page whose query fails on the database says the data is unavailable instead of
/// showing a bare 500.
/// </summary>
internal sealed partial class DataAvailabilityMiddleware(RequestDelegate next, DataAvailability data, ILogger<DataAvailabilityMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var readsData = !path.StartsWithSegments("/error")
            && (path.StartsWithSegments("/api") || context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null);
        if (readsData && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) && data.Missing)
        {
            DataAvailability.MarkUnavailable(context, data.Problem!);
            return;
        }

        try
        {
            await next(context);
        }
        catch (DbException e) when (readsData && !context.Response.HasStarted)
        {
            LogUnavailable(logger, e.Message);
            context.Response.Clear();
            DataAvailability.MarkUnavailable(context, "the database could not be read");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be read: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
