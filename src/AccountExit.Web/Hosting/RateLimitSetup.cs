using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AccountExit.Web.Hosting;

/// <summary>
/// Per-client limits (ASP.NET Core's rate limiters, partitioned by the client address) on what costs
/// the most or writes: letter POSTs, report POSTs, moderator sign-ins and the API. Reading pages is never limited. The
/// forms check their limit themselves, so a refused POST shows the form again with what was typed;
/// the API is limited by the middleware. Limits: <c>AccountExit:RateLimits:{Letters|Reports|SignIn|Api}</c>
/// with <c>PermitLimit</c> and <c>WindowSeconds</c>.
/// </summary>
internal static class RateLimitSetup
{
    public const string Api = "Api";

    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(new FormRateLimits(Limiter(configuration, "Letters", 60, 60), Limiter(configuration, "Reports", 5, 600), Limiter(configuration, "SignIn", 10, 600)));
        var api = Limiter(configuration, Api, 600, 60);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    FormRateLimits.SetRetryAfter(context.HttpContext.Response, retryAfter);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy<string>(Api, context => api(ClientOf(context)));
        });
    }

    internal static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static Func<string, RateLimitPartition<string>> Limiter(ConfigurationManager configuration, string name, int permits, int windowSeconds)
    {
        var section = configuration.GetSection($"AccountExit:RateLimits:{name}");
        var options = new FixedWindowRateLimiterOptions
        {
            PermitLimit = section.GetValue("PermitLimit", permits),
            Window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", windowSeconds)),
            QueueLimit = 0,
        };
        return client => RateLimitPartition.GetFixedWindowLimiter(client, _ => options);
    }
}

/// <summary>The limits the letter and report forms take a permit from before they do any work.</summary>
public sealed class FormRateLimits(Func<string, RateLimitPartition<string>> letters, Func<string, RateLimitPartition<string>> reports, Func<string, RateLimitPartition<string>> signIns) : IDisposable
{
    private readonly PartitionedRateLimiter<string> letterLimiter = PartitionedRateLimiter.Create(letters);
    private readonly PartitionedRateLimiter<string> reportLimiter = PartitionedRateLimiter.Create(reports);
    private readonly PartitionedRateLimiter<string> signInLimiter = PartitionedRateLimiter.Create(signIns);

    /// <summary>False when the client has used up its letters; the response then carries 429 and Retry-After.</summary>
    public bool TryLetter(HttpContext context) => TryAcquire(letterLimiter, context);

    public bool TryReport(HttpContext context) => TryAcquire(reportLimiter, context);

    /// <summary>Sign-in attempts per client, on top of the account's own lock-out.</summary>
    public bool TrySignIn(HttpContext context) => TryAcquire(signInLimiter, context);

    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        letterLimiter.Dispose();
        reportLimiter.Dispose();
        signInLimiter.Dispose();
    }

    private static bool TryAcquire(PartitionedRateLimiter<string> limiter, HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(RateLimitSetup.ClientOf(context));
        if (lease.IsAcquired)
        {
            return true;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        SetRetryAfter(context.Response, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
        return false;
    }
}
