namespace AccountExit.Core.Directory;

/// <summary>
/// The one moderator, created at start-up from configuration; the password is kept only as a hash.
/// Kept in the database so a lock-out holds on every instance.
/// </summary>
public sealed class Administrator
{
    public int Id { get; set; }

    /// <summary>Upper-case invariant, so the sign-in matches whatever case is typed.</summary>
    public required string NormalizedEmail { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>Changes with the password: a sign-in cookie made before the change stops working.</summary>
    public required string SecurityStamp { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
