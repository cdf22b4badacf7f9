namespace AccountExit.Web.Pages.CloseAccount;

/// <summary>Marker for Resources/CloseResource.*.resx: the close-account wizard.</summary>
public sealed class CloseResource;
