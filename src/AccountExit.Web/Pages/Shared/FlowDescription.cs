namespace AccountExit.Web.Pages.Shared;

/// <summary>
/// One step of a flow: the path segment after <c>/{flow}/{market}</c> ("" for the first step) and the
/// page in the flow's folder that serves it. <paramref name="Label"/> is the step bar's resource key
/// in the flow's resource; steps with the same <paramref name="Group"/> are alternatives at one place
/// in the bar (call or callback); a step <paramref name="Within"/> another is not in the bar and marks
/// that one as current (the refund letter within the refund step).
/// </summary>
public sealed record FlowStep(string Segment, string Page, string? Label, string? Group = null, string? Within = null);

/// <summary>
/// A flow, described once in its own folder: its address, its steps in order and its resource. The
/// description drives the routes (<see cref="Hosting.FlowRouteConvention"/>), the step bar, back and
/// next, the marketplace chooser, the navigation and the home page. The flow's resource holds
/// <c>Flow_Name</c>, <c>Flow_Title</c>, <c>Flow_Nav</c>, <c>Flow_Action</c> and <c>Flow_Action_Text</c>.
/// </summary>
/// <param name="code">The first path segment, e.g. "close".</param>
/// <param name="order">The flow's place in the navigation and on the home page.</param>
/// <param name="resource">The marker type of the flow's resource (Resources/Pages/{folder}/{marker}.*.resx).</param>
/// <param name="purpose">The purpose of the directory's channels this flow shows (its fastest route).</param>
/// <param name="steps">The steps in order; the first is the flow's entry.</param>
public abstract class FlowDescription(string code, int order, Type resource, string purpose, IReadOnlyList<FlowStep> steps)
{
    public string Code => code;

    public int Order => order;

    public Type Resource => resource;

    public string Purpose => purpose;

    public IReadOnlyList<FlowStep> Steps => steps;

    /// <summary>The flow's folder under Pages, named by the description's namespace, e.g. "/CloseAccount".</summary>
    public string Folder => "/" + GetType().Namespace![(GetType().Namespace!.LastIndexOf('.') + 1)..];

    public string PageOf(FlowStep step) => $"{Folder}/{step.Page}";

    public FlowStep Step(string segment) => Steps.Single(s => s.Segment == segment);

    public FlowStep First => Steps[0];

    /// <summary>The route template of a step, e.g. "close/{market:market}/how".</summary>
    public string RouteOf(FlowStep step) => step.Segment.Length == 0 ? $"{Code}/{{market:market}}" : $"{Code}/{{market:market}}/{step.Segment}";
}

/// <summary>Every flow, found once by type in this assembly: adding a flow's folder adds it to the navigation.</summary>
public static class Flows
{
    public static readonly IReadOnlyList<FlowDescription> All = typeof(Flows).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsClass: true } && type.IsSubclassOf(typeof(FlowDescription)))
        .Select(type => (FlowDescription)Activator.CreateInstance(type)!)
        .OrderBy(flow => flow.Order)
        .ToList();

    public static FlowDescription? Find(string? code) => All.FirstOrDefault(flow => flow.Code == code);

    /// <summary>The flow and step a page serves, by its page path (e.g. "/CloseAccount/How"); null for pages outside the flows.</summary>
    public static (FlowDescription Flow, FlowStep Step)? OfPage(string viewEnginePath)
    {
        foreach (var flow in All)
        {
            foreach (var step in flow.Steps)
            {
                if (flow.PageOf(step) == viewEnginePath)
                {
                    return (flow, step);
                }
            }
        }

        return null;
    }
}
