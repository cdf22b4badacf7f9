using AccountExit.Core;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.UnlockAccount;

public sealed class IndexModel(AccountExitDbContext db) : MarketPageModel(db)
{
    public static readonly IReadOnlyList<string> Reasons = ["returns", "payment", "personal-data", "bulk-orders", "far-sign-in"];
}
