namespace AccountExit.Web.Pages.Letters;

/// <summary>Marker for Resources/Pages/Letters/LetterResource.*.resx: the letter step shared by every flow.</summary>
public sealed class LetterResource;
