using System.Globalization;

namespace AccountExit.Core.Directory;

/// <summary>A text in several languages, keyed by two-letter culture name; English is the fallback.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public const string Fallback = "en";

    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public LocalizedText(IDictionary<string, string> values) : base(values, StringComparer.OrdinalIgnoreCase)
    {
    }

    public string In(CultureInfo culture) => In(culture.TwoLetterISOLanguageName);

    public string In(string language) =>
        TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text
        : TryGetValue(Fallback, out var fallback) ? fallback
        : string.Empty;

    public override string ToString() => In(CultureInfo.CurrentUICulture);
}
