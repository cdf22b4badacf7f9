namespace AccountExit.Web.Pages.Shared;

/// <summary>One place in a flow's step bar; a step with <see cref="Alternatives"/> offers several pages at the same place (call or callback).</summary>
public sealed record WizardStep(string Label, string Url, bool Current, IReadOnlyList<WizardStep>? Alternatives = null)
{
    public bool IsCurrent => Current || (Alternatives?.Any(a => a.Current) ?? false);

    /// <summary>The steps of a flow for one marketplace; <paramref name="steps"/> pairs a step's path segment with its label.</summary>
    public static IReadOnlyList<WizardStep> For(string flow, string market, string current, params (string Segment, string Label)[] steps) =>
        steps.Select(s => Step(flow, market, current, s.Segment, s.Label)).ToList();

    public static WizardStep Step(string flow, string market, string current, string segment, string label) =>
        new(label, segment.Length == 0 ? $"/{flow}/{market}" : $"/{flow}/{market}/{segment}", segment == current);

    public static WizardStep OneOf(string label, IReadOnlyList<WizardStep> alternatives) =>
        alternatives.Count == 1 ? alternatives[0] : new(label, alternatives[0].Url, false, alternatives);
}
