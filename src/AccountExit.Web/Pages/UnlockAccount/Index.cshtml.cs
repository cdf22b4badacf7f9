using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.UnlockAccount;

public sealed class IndexModel(DirectoryStore directory) : MarketPageModel(directory)
{
    public static readonly IReadOnlyList<string> Reasons = ["returns", "payment", "personal-data", "bulk-orders", "far-sign-in"];

    public Channel? Fastest { get; private set; }

    protected override void Load()
    {
        Fastest = FindFastestRoute();
    }
}
