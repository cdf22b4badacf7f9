namespace AccountExit.Core.Letters;

public sealed class LetterTemplate
{
    public required string Kind { get; set; }
    public required string Language { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
}

/// <summary>The variables a template may use (docs/letters.md); anything else is a seed error.</summary>
public static class LetterVariables
{
    public static readonly IReadOnlyList<string> All =
    [
        "full_name", "account_email", "postal_address", "marketplace", "today", "deadline", "uk_gdpr", "gdpr",
        "original_date", "controller", "deadline_passed", "authority", "last_order_number", "what_happened",
    ];
}
