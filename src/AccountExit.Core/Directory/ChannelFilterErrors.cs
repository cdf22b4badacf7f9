namespace AccountExit.Core.Directory;

public static class ChannelFilterErrors
{
    /// <summary>The same checks for the API (400 problem details) and the directory page (message next to the filter).</summary>
    public static Dictionary<string, string[]> Find(DirectorySnapshot directory, ChannelFilter filter)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new Dictionary<string, string[]>();
        if (filter.Market is not null && directory.Market(filter.Market) is null)
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
