using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.GetData;

public sealed class IndexModel(DirectoryStore directory) : MarketPageModel(directory)
{
    /// <summary>What Art. 15(1) GDPR lists beside the copy itself, by its point.</summary>
    public static readonly IReadOnlyList<string> AccessItems = ["a", "b", "c", "d", "g", "h"];

    public Channel? Fastest { get; private set; }

    protected override void Load()
    {
        Fastest = FindFastestRoute();
    }
}
