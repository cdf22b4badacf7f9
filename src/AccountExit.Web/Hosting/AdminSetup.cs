using System.Security.Claims;
using System.Security.Cryptography;
using AccountExit.Core;
using AccountExit.Core.Directory;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AccountExit.Web.Hosting;

/// <summary>
/// The moderator (<c>AccountExit:Admin</c>): <c>Email</c> and <c>Password</c> create or update the one
/// administrator at start-up; without both there is no administrator and <c>/admin</c> does not
/// exist. Failed sign-ins lock the account (<c>MaxFailedSignIns</c>, <c>LockoutMinutes</c>).
/// </summary>
public sealed class AdminOptions
{
    public const int MinPasswordLength = 12;

    public string? Email { get; set; }

    public string? Password { get; set; }

    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;
}

internal static partial class AdminSetup
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string Policy = "Administrator";
    public const string StampClaim = "accountexit:stamp";

    public static void AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AdminOptions>(builder.Configuration.GetSection("AccountExit:Admin"));
        builder.Services.AddSingleton<IPasswordHasher<Administrator>, PasswordHasher<Administrator>>();
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "ae-admin";
            // Sent only to the moderation pages, never with a page anyone else sees.
            options.Cookie.Path = "/admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(2);
            options.SlidingExpiration = true;
            options.LoginPath = "/admin/sign-in";
            options.AccessDeniedPath = "/admin/sign-in";
            options.Events.OnValidatePrincipal = ValidateAsync;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireClaim(StampClaim));
    }

    /// <summary>An accepted report's seed patch as a file to download (<c>git apply</c> it at the repository root).</summary>
    public static void MapAdminPatch(this WebApplication app) =>
        app.MapGet("/admin/reports/{id:int}/patch", async (int id, HttpContext context, AccountExitDbContext db) =>
        {
            var patch = await db.EntryReports.Where(r => r.Id == id).Select(r => r.Patch).SingleOrDefaultAsync(context.RequestAborted);
            if (patch is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-store";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(patch), "text/x-diff; charset=utf-8", $"accountexit-report-{id}.patch");
        }).RequireAuthorization(Policy);

    public static ClaimsPrincipal PrincipalFor(Administrator administrator) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, administrator.NormalizedEmail), new Claim(StampClaim, administrator.SecurityStamp)], Scheme));

    /// <summary>A cookie from before a password change, or for an administrator no longer configured, signs out.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<AccountExitDbContext>();
        var email = context.Principal?.Identity?.Name;
        var stamp = context.Principal?.FindFirstValue(StampClaim);
        if (email is null || !await db.Administrators.AnyAsync(a => a.NormalizedEmail == email && a.SecurityStamp == stamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    /// <summary>
    /// Makes the stored administrator match the configuration: created, updated (a new password is a new
    /// hash and a new stamp), or removed when the configuration names none. Returns false, with one
    /// fatal line, when the configuration is half there or the password is too short.
    /// </summary>
    public static async Task<bool> EnsureAdministratorAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection("AccountExit:Admin").Get<AdminOptions>() ?? new AdminOptions();
        var email = string.IsNullOrWhiteSpace(options.Email) ? null : options.Email.Trim();
        var password = string.IsNullOrEmpty(options.Password) ? null : options.Password;
        if ((email is null) != (password is null))
        {
            LogAdminRefused(app.Logger, "AccountExit:Admin needs both Email and Password (or neither, for no moderation)");
            return false;
        }

        if (password is not null && password.Length < AdminOptions.MinPasswordLength)
        {
            LogAdminRefused(app.Logger, $"AccountExit:Admin:Password must be at least {AdminOptions.MinPasswordLength} characters");
            return false;
        }

        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            LogAdminRefused(app.Logger, "AccountExit:Admin:Email is not an email address");
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountExitDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Administrator>>();
        var stored = await db.Administrators.ToListAsync();
        var normalized = email is null ? null : Normalize(email);
        var current = stored.FirstOrDefault(a => a.NormalizedEmail == normalized);
        db.Administrators.RemoveRange(stored.Where(a => a != current));
        if (normalized is null)
        {
            LogNoAdmin(app.Logger);
        }
        else if (current is null || hasher.VerifyHashedPassword(current, current.PasswordHash, password!) == PasswordVerificationResult.Failed)
        {
            current ??= db.Administrators.Add(new Administrator { NormalizedEmail = normalized, PasswordHash = "", SecurityStamp = "" }).Entity;
            current.PasswordHash = hasher.HashPassword(current, password!);
            current.SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            current.FailedSignIns = 0;
            current.LockedUntil = null;
        }

        await db.SaveChangesAsync();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Moderation not set up: {Problem}")]
    private static partial void LogAdminRefused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "No administrator configured (AccountExit:Admin:Email and Password): /admin is off")]
    private static partial void LogNoAdmin(ILogger logger);
}
