using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AccountExit.Web.Pages.CloseAccount;

public sealed class IndexModel(DirectoryStore directory) : MarketPageModel(directory)
{
    public static readonly IReadOnlyList<(string Key, string Source)> Checklist =
    [
        ("pending-orders", "001"),
        ("digital-content", "001"),
        ("order-history", "002"),
    ];

    public static readonly IReadOnlyList<(string Key, string Source)> Consequences =
    [
        ("permanent", "002"),
        ("history-gone", "002"),
        ("email-reuse", "001"),
        ("no-customer-service", "002"),
    ];

    /// <summary>The items ticked before, when a person comes back to this step.</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public IReadOnlyList<string> Done { get; set; } = [];

    public Channel? Fastest { get; private set; }

    protected override void Load()
    {
        Fastest = FindFastestRoute();
    }
}
