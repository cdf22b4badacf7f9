namespace AccountExit.Web.Pages.Shared;

public sealed record WizardStep(string Label, string Url, bool Current)
{
    /// <summary>The steps of a flow for one marketplace; <paramref name="steps"/> pairs a step's path segment with its label.</summary>
    public static IReadOnlyList<WizardStep> For(string flow, string market, string current, params (string Segment, string Label)[] steps) =>
        steps.Select(s => new WizardStep(s.Label, s.Segment.Length == 0 ? $"/{flow}/{market}" : $"/{flow}/{market}/{s.Segment}", s.Segment == current)).ToList();
}
