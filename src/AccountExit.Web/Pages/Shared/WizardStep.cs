namespace AccountExit.Web.Pages.Shared;

public sealed record WizardStep(string Label, string Url, bool Current);
