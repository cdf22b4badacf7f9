namespace AccountExit.Core.Directory;

/// <summary>A person's note that a directory entry is wrong or outdated: the only thing users write.</summary>
public sealed class EntryReport
{
    public const int MaxProblemLength = 1000;

    public int Id { get; set; }
    public required string ChannelKey { get; set; }
    public required string Problem { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
}
