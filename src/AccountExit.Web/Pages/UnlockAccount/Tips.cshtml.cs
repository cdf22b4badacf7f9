using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.UnlockAccount;

public sealed class TipsModel(DirectoryStore directory) : MarketPageModel(directory)
{
    public static readonly IReadOnlyList<string> ContactTips = ["polite", "details", "cooperate"];

    public static readonly IReadOnlyList<string> Prevention = ["password", "returns", "payment", "bulk", "addresses"];
}
