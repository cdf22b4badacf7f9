using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace AccountExit.Web.Pages.Admin;

// The token is checked in OnPostAsync, so an expired form is shown again with the email kept.
[IgnoreAntiforgeryToken]
public sealed class SignInModel(AccountExitDbContext db, IPasswordHasher<Administrator> hasher, FormRateLimits limits, IAntiforgery antiforgery,
    IOptions<AdminOptions> options, TimeProvider clock, IStringLocalizer<SharedResource> text) : AdminPageModel(db)
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in did not happen, for the whole form (lock-out, too many attempts, an expired form).</summary>
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!limits.TrySignIn(HttpContext))
        {
            Problem = text["Admin_SignIn_TooMany"];
            return Page();
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Problem = text["Admin_SignIn_Expired"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", text["Admin_SignIn_EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", text["Admin_SignIn_PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // One administrator: every failed attempt counts against it, whatever email was typed, so the
        // lock-out cannot be side-stepped by guessing the address as well.
        var administrator = await Db.Administrators.SingleAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (administrator.LockedUntil > now)
        {
            Problem = text["Admin_SignIn_Locked", Math.Max(1, (int)Math.Ceiling((administrator.LockedUntil.Value - now).TotalMinutes))];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var right = administrator.NormalizedEmail == AdminSetup.Normalize(Input.Email!)
            && hasher.VerifyHashedPassword(administrator, administrator.PasswordHash, Input.Password!) != PasswordVerificationResult.Failed;
        if (!right)
        {
            administrator.FailedSignIns++;
            if (administrator.FailedSignIns >= options.Value.MaxFailedSignIns)
            {
                administrator.FailedSignIns = 0;
                administrator.LockedUntil = now.AddMinutes(options.Value.LockoutMinutes);
            }

            await Db.SaveChangesAsync(cancellationToken);
            ModelState.AddModelError("Input.Password", text["Admin_SignIn_Wrong"]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        administrator.FailedSignIns = 0;
        administrator.LockedUntil = null;
        await Db.SaveChangesAsync(cancellationToken);
        await HttpContext.SignInAsync(AdminSetup.Scheme, AdminSetup.PrincipalFor(administrator));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl.StartsWith("/admin", StringComparison.Ordinal) ? ReturnUrl : "/admin");
    }
}

public sealed class SignInInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
