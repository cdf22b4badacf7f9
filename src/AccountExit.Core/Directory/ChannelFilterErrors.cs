namespace AccountExit.Core.Directory;

public static class ChannelFilterErrors
{
    /// <summary>The same checks for the API (400 problem details) and the directory page (message next to the filter).</summary>
    public static async Task<Dictionary<string, string[]>> FindAsync(AccountExitDbContext db, ChannelFilter filter, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (filter.Market is not null && await db.Markets.FindAsync([filter.Market], cancellationToken) is null)
        {
            errors["market"] = [$"Unknown marketplace '{filter.Market}'. See /api/v1/markets for the codes."];
        }

        if (filter.Kind is not null && !ChannelKinds.All.Contains(filter.Kind))
        {
            errors["kind"] = [$"Unknown kind '{filter.Kind}'. Use one of: {string.Join(", ", ChannelKinds.All)}."];
        }

        if (filter.Purpose is not null && !Purposes.All.Contains(filter.Purpose))
        {
            errors["purpose"] = [$"Unknown purpose '{filter.Purpose}'. Use one of: {string.Join(", ", Purposes.All)}."];
        }

        return errors;
    }
}
