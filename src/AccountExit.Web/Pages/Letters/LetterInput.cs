namespace AccountExit.Web.Pages.Letters;

/// <summary>What a person types into a letter form. Posted, rendered into the response, forgotten.</summary>
public sealed class LetterInput
{
    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? PostalAddress { get; set; }

    public string? Language { get; set; }

    public string? LastOrderNumber { get; set; }

    public string? WhatHappened { get; set; }

    public DateOnly? OriginalDate { get; set; }

    /// <summary>Yes or no to the law's question of who it protects (CCPA: "Do you live in California?").</summary>
    public bool? Resident { get; set; }

    /// <summary>The key of the authority a complaint goes to.</summary>
    public string? Authority { get; set; }
}
