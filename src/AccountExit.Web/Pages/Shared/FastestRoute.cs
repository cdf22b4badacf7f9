using AccountExit.Core.Directory;

namespace AccountExit.Web.Pages.Shared;

public static class FastestRoute
{
    /// <summary>The quickest sourced route for a purpose: the marketplace's own first, then one valid on every marketplace.</summary>
    public static Channel? In(DirectoryListing listing, string purpose)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return listing.MarketChannels.Concat(listing.AllMarketChannels).FirstOrDefault(c => c.IsFastestFor(purpose));
    }
}
