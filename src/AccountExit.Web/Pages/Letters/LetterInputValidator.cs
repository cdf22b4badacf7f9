using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Letters;

/// <summary>Called by hand from the letter pages (docs/adr/0002); the letter kind decides which fields apply.</summary>
public sealed partial class LetterInputValidator : AbstractValidator<LetterInput>
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxAddressLength = 500;
    public const int MaxWhatHappenedLength = 2000;

    /// <param name="shows">Whether the letter kind shows a field: a field not on the page is not validated.</param>
    public LetterInputValidator(string kind, IReadOnlyCollection<string> languages, Func<string, bool> shows, IStringLocalizer<LetterResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(shows);

        RuleFor(i => i.FullName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(text["Error_Name_Required"])
            .Must(v => !TypedText.IsInvisibleOnly(v)).WithMessage(text["Error_InvisibleOnly"])
            .MaximumLength(MaxNameLength).WithMessage(text["Error_Name_TooLong", MaxNameLength])
            .Must(BeSingleLine).WithMessage(text["Error_SingleLine"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(text["Error_DirectionOverride"]);

        RuleFor(i => i.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(text["Error_Email_Required"])
            .MaximumLength(MaxEmailLength).WithMessage(text["Error_Email_TooLong", MaxEmailLength])
            .Must(BeSingleLine).WithMessage(text["Error_SingleLine"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(text["Error_DirectionOverride"])
            .Must(BeAnEmailAddress).WithMessage(text["Error_Email_Invalid"]);

        RuleFor(i => i.PostalAddress).Cascade(CascadeMode.Stop)
            .MaximumLength(MaxAddressLength).WithMessage(text["Error_Address_TooLong", MaxAddressLength])
            .Must(HaveNoControlCharactersButLineBreaks).WithMessage(text["Error_ControlCharacters"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(text["Error_DirectionOverride"])
            .Must(v => !TypedText.IsInvisibleOnly(v)).WithMessage(text["Error_InvisibleOnly"]);

        RuleFor(i => i.Language)
            .Must(l => l is null || languages.Contains(l)).WithMessage(text["Error_Language_Unknown"]);

        RuleFor(i => i.LastOrderNumber).Cascade(CascadeMode.Stop)
            .Must(BeSingleLine).WithMessage(text["Error_SingleLine"])
            .Must(n => string.IsNullOrWhiteSpace(n) || OrderNumberPattern().IsMatch(n.Trim())).WithMessage(text["Error_OrderNumber_Format"])
            .When(_ => shows(nameof(LetterInput.LastOrderNumber)));

        RuleFor(i => i.WhatHappened).Cascade(CascadeMode.Stop)
            .NotEmpty().When(_ => kind == LetterKinds.UnlockAppeal).WithMessage(text["Error_WhatHappened_Required"])
            .MaximumLength(MaxWhatHappenedLength).WithMessage(text["Error_WhatHappened_TooLong", MaxWhatHappenedLength])
            .Must(HaveNoControlCharactersButLineBreaks).WithMessage(text["Error_ControlCharacters"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(text["Error_DirectionOverride"])
            .Must(v => !TypedText.IsInvisibleOnly(v)).WithMessage(text["Error_InvisibleOnly"])
            .When(_ => shows(nameof(LetterInput.WhatHappened)));
    }

    private static bool BeSingleLine(string? value) => value is null || !value.Any(char.IsControl);

    private static bool HaveNoControlCharactersButLineBreaks(string? value) =>
        value is null || !value.Any(c => char.IsControl(c) && c is not '\r' and not '\n' and not '\t');

    private static bool BeAnEmailAddress(string? value)
    {
        var candidate = value?.Trim();
        return candidate is not null
            && MailAddress.TryCreate(candidate, out var address)
            && address.Address == candidate
            && EmailPattern().IsMatch(candidate)
            && candidate[..candidate.LastIndexOf('@')].All(char.IsAscii)
            && HasValidDomain(candidate[(candidate.LastIndexOf('@') + 1)..]);
    }

    // An internationalized domain (müller.de) is fine: the .eml carries its ASCII form.
    private static bool HasValidDomain(string domain)
    {
        try
        {
            // STD3 rules: every label letters, digits and inner hyphens only (no "exa%mple", no "_").
            return new IdnMapping { UseStd3AsciiRules = true }.GetAscii(domain).Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // MailAddress accepts quoted and bracketed forms a mail client may not; people type the plain form.
    [GeneratedRegex(@"^[^\s@""<>(),;:\\\[\]]+@[^\s@""<>(),;:\\\[\]]+\.[^\s@""<>(),;:\\\[\]]{2,}$")]
    private static partial Regex EmailPattern();

    // Amazon order numbers: three groups of 3, 7 and 7 digits; digital orders start with "D01".
    [GeneratedRegex(@"^(\d{3}|D\d{2})-\d{7}-\d{7}$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumberPattern();
}
