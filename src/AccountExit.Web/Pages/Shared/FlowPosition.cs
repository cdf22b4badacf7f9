using Microsoft.AspNetCore.Mvc;

namespace AccountExit.Web.Pages.Shared;

/// <summary>
/// Where a page sits in its flow for one marketplace: the step bar, and the back and next links. A
/// step the marketplace does not offer (no Prime callback in Sweden) is left out of all three.
/// </summary>
/// <param name="ticks">The close checklist's ticks (<c>done</c>): not personal, so they travel in the query string to every step and back.</param>
public sealed class FlowPosition(FlowDescription flow, FlowStep step, string market, IUrlHelper url, Func<FlowStep, bool> offered, IReadOnlyList<string> ticks)
{
    public FlowDescription Flow => flow;

    public FlowStep Step => step;

    /// <summary>The path of a step for this marketplace; <paramref name="query"/> adds query values (e.g. the letter kind).</summary>
    public string UrlOf(FlowStep target, object? query = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var values = new RouteValueDictionary(query) { ["market"] = market };
        if (ticks.Count > 0)
        {
            values["done"] = ticks;
        }

        return url.Page(flow.PageOf(target), values) ?? throw new InvalidOperationException($"No route to {flow.PageOf(target)}.");
    }

    public string UrlOf(string segment, object? query = null) => UrlOf(flow.Step(segment), query);

    /// <summary>The page after this one; null on the last step.</summary>
    public string? Next => Index >= 0 && Index + 1 < Places.Count ? UrlOf(Places[Index + 1][0]) : null;

    /// <summary>The page before this one: the step a page lies within, else the previous place in the bar, else the first step.</summary>
    public string? Back => step.Within is not null ? UrlOf(Current)
        : Index > 0 ? UrlOf(Places[Index - 1][0])
        : Index < 0 ? UrlOf(flow.First)
        : null;

    /// <summary>The step bar, each place one step or the alternatives of a group; <paramref name="label"/> looks a key up in the flow's resource.</summary>
    public IReadOnlyList<WizardStep> Bar(Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        WizardStep Link(FlowStep s) => new(label(s.Label!), UrlOf(s), s == Current);
        return Places
            .Select(place => place.Count == 1 ? Link(place[0]) : WizardStep.OneOf(label(place[0].Group!), place.Select(Link).ToList()))
            .ToList();
    }

    /// <summary>The step shown as current in the bar.</summary>
    private FlowStep Current => step.Within is { } within ? flow.Step(within) : step;

    private int Index => Places.FindIndex(place => place.Contains(Current));

    private List<IReadOnlyList<FlowStep>> Places => field ??= flow.Steps
        .Where(s => s.Within is null && offered(s))
        .GroupBy(s => s.Group ?? s.Segment)
        .Select(group => (IReadOnlyList<FlowStep>)group.ToList())
        .ToList();
}
