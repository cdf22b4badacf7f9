namespace AccountExit.Web.Pages.CloseAccount;

/// <summary>Marker for Resources/Pages/CloseAccount/CloseResource.*.resx: the close-account wizard.</summary>
public sealed class CloseResource;
