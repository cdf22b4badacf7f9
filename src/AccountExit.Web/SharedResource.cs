namespace AccountExit.Web;

/// <summary>Marker for Resources/SharedResource.*.resx: the strings every page shares.</summary>
public sealed class SharedResource;
