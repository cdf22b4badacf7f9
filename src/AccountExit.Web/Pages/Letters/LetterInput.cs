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
}
