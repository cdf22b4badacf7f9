namespace AccountExit.Web.Pages.Shared;

/// <summary>One place in a flow's step bar; a step with <see cref="Alternatives"/> offers several pages at the same place (call or callback).</summary>
public sealed record WizardStep(string Label, string Url, bool Current, IReadOnlyList<WizardStep>? Alternatives = null)
{
    public bool IsCurrent => Current || (Alternatives?.Any(a => a.Current) ?? false);

    public static WizardStep OneOf(string label, IReadOnlyList<WizardStep> alternatives) =>
        alternatives.Count == 1 ? alternatives[0] : new(label, alternatives[0].Url, false, alternatives);
}

/// <summary>View data a page may pass to the channel card partial.</summary>
public static class ChannelView
{
    /// <summary>The card title's heading level: 3 by default; 2 where cards sit right under the page heading; 4 or 5 under the directory's marketplace and kind headings.</summary>
    public const string HeadingLevel = "AccountExit.ChannelHeadingLevel";
}
