using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;

namespace AccountExit.Web.Pages.GetData;

/// <summary>Marker for Resources/Pages/GetData/DataResource.*.resx: the get-a-copy-of-your-data wizard.</summary>
public sealed class DataResource;

public sealed class DataFlow() : FlowDescription(
    "data", 4, typeof(DataResource), Purposes.GetData,
    [
        new("", "Index", "Step_What"),
        new("route", "Route", "Step_Route"),
        new("letter", "Letter", "Step_Letter"),
        new("next", "Next", "Step_Next"),
    ]);
