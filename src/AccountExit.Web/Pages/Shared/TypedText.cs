namespace AccountExit.Web.Pages.Shared;

/// <summary>Checks on what people type that the framework does not make: hidden characters that change how text reads.</summary>
public static class TypedText
{
    /// <summary>
    /// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text
    /// display in another order than it is sent, so a name or address can read differently in the
    /// letter than on the screen. The plain marks U+200E/U+200F stay allowed.
    /// </summary>
    public static bool HasDirectionOverrides(string? value) =>
        value?.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') == true;

    /// <summary>True for a value that is not empty but shows nothing: only zero-width characters, soft hyphens or spaces.</summary>
    public static bool IsInvisibleOnly(string? value) =>
        !string.IsNullOrEmpty(value) && value.All(c => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
        && !string.IsNullOrWhiteSpace(value);
}
