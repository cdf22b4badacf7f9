namespace AccountExit.Core.Directory;

/// <summary>A person's note that a directory entry is wrong or outdated: the only thing users write.</summary>
public sealed class EntryReport
{
    public const int MaxProblemLength = 1000;

    public const int MaxNoteLength = 1000;

    public int Id { get; set; }
    public required string ChannelKey { get; set; }
    public required string Problem { get; set; }
    public DateTimeOffset ReportedAt { get; set; }

    public ReportStatus Status { get; set; } = ReportStatus.Open;

    /// <summary>When a moderator accepted or rejected the report.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The moderator's reason, kept with the report.</summary>
    public string? ModeratorNote { get; set; }

    /// <summary>For an accepted report, the change to seeds/ it led to (a unified diff), so it can be downloaded again.</summary>
    public string? Patch { get; set; }
}

public enum ReportStatus
{
    Open,
    Accepted,
    Rejected,
}
