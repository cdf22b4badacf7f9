namespace AccountExit.Web.Pages.Letters;

/// <summary>One labelled form field with its hint and error, wired for screen readers.</summary>
public sealed record FieldModel(string Name, string Label, string? Value, string? Error, string RequiredText)
{
    public string Type { get; init; } = "text";

    public string? Hint { get; init; }

    public string? Autocomplete { get; init; }

    public bool Required { get; init; }

    public int Rows { get; init; } = 3;
}
