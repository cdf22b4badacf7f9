namespace AccountExit.Core.Directory;

public static class ChannelKinds
{
    public const string Email = "email";
    public const string Chat = "chat";
    public const string Phone = "phone";
    public const string Callback = "callback";
    public const string WebForm = "web-form";
    public const string Social = "social";
    public const string Postal = "postal";

    public static readonly IReadOnlyList<string> All = [Email, Chat, Phone, Callback, WebForm, Social, Postal];
}

public static class Purposes
{
    public const string CloseAccount = "close-account";
    public const string UnlockAccount = "unlock-account";
    public const string CancelPrime = "cancel-prime";
    public const string GetData = "get-data";
    public const string General = "general";

    public static readonly IReadOnlyList<string> All = [CloseAccount, UnlockAccount, CancelPrime, GetData, General];
}

public static class Qualities
{
    public const string Verified = "verified";
    public const string Sourced = "sourced";
    public const string Derived = "derived";

    public static readonly IReadOnlyList<string> All = [Verified, Sourced, Derived];
}

public static class Roles
{
    public static readonly IReadOnlyList<string> All = ["customer-service", "privacy", "executive", "self-service", "social"];
}

public static class HaveReadyItems
{
    public static readonly IReadOnlyList<string> All =
        ["registered-email", "name", "address", "account-name", "login", "phone-number", "last-order", "earlier-tickets"];
}
