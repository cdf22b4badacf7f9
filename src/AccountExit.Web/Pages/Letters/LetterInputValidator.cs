using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using AccountExit.Core.Letters;
using AccountExit.Web.Pages.Shared;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace AccountExit.Web.Pages.Letters;

/// <summary>What a letter step validates: the typed input, the letter kind (a field it does not show is not validated) and the languages it exists in.</summary>
public sealed record LetterSubmission(LetterInput Input, LetterKind Kind, IReadOnlyCollection<string> Languages)
{
    public DateOnly Today { get; init; }

    /// <summary>When the answer to a request sent on a given day is due (for the follow-up and the complaint).</summary>
    public Func<DateOnly, AnswerDeadline>? RequestDeadline { get; init; }

    /// <summary>The keys of the authorities a complaint may go to.</summary>
    public IReadOnlyCollection<string> Authorities { get; init; } = [];
}

/// <summary>
/// Registered through FluentValidation's DI extensions and called by the letter pages, which copy the
/// result into ModelState (no auto-validation). Messages are looked up when a rule fails, so they
/// speak the request's language.
/// </summary>
public sealed partial class LetterInputValidator : AbstractValidator<LetterSubmission>
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxAddressLength = 500;
    public const int MaxWhatHappenedLength = 2000;

    public LetterInputValidator(IStringLocalizer<LetterResource> text)
    {
        ArgumentNullException.ThrowIfNull(text);

        RuleFor(s => s.Input.FullName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Error_Name_Required"])
            .Must(v => !TypedText.IsInvisibleOnly(v)).WithMessage(_ => text["Error_InvisibleOnly"])
            .MaximumLength(MaxNameLength).WithMessage(_ => text["Error_Name_TooLong", MaxNameLength])
            .Must(BeSingleLine).WithMessage(_ => text["Error_SingleLine"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(_ => text["Error_DirectionOverride"]);

        RuleFor(s => s.Input.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Error_Email_Required"])
            .MaximumLength(MaxEmailLength).WithMessage(_ => text["Error_Email_TooLong", MaxEmailLength])
            .Must(BeSingleLine).WithMessage(_ => text["Error_SingleLine"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(_ => text["Error_DirectionOverride"])
            .Must(BeAnEmailAddress).WithMessage(_ => text["Error_Email_Invalid"]);

        RuleFor(s => s.Input.PostalAddress).Cascade(CascadeMode.Stop)
            .MaximumLength(MaxAddressLength).WithMessage(_ => text["Error_Address_TooLong", MaxAddressLength])
            .Must(HaveNoControlCharactersButLineBreaks).WithMessage(_ => text["Error_ControlCharacters"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(_ => text["Error_DirectionOverride"])
            .Must(v => !TypedText.IsInvisibleOnly(v)).WithMessage(_ => text["Error_InvisibleOnly"]);

        RuleFor(s => s.Input.Language)
            .Must((s, l) => l is null || s.Languages.Contains(l)).WithMessage(_ => text["Error_Language_Unknown"]);

        RuleFor(s => s.Input.OriginalDate).Cascade(CascadeMode.Stop)
            .NotNull().When(s => s.Kind.Requires(LetterFields.OriginalDate), ApplyConditionTo.CurrentValidator).WithMessage(_ => text["Error_OriginalDate_Required"])
            .Must((s, date) => date is null || date <= s.Today).WithMessage(_ => text["Error_OriginalDate_Future"])
            .Must((s, date) => date is null || s.RequestDeadline is null || s.Today > s.RequestDeadline(date.Value).Date)
                .When(s => s.Kind.Code == LetterKinds.Complaint, ApplyConditionTo.CurrentValidator)
                .WithMessage((s, date) => text["Error_OriginalDate_NotLate", LetterDates.Format(s.RequestDeadline!(date!.Value).Date, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)])
            .When(s => s.Kind.Shows(LetterFields.OriginalDate));

        RuleFor(s => s.Input.Resident)
            .NotNull().WithMessage(_ => text["Error_Resident_Required"])
            .When(s => s.Kind.Requires(LetterFields.Resident));

        RuleFor(s => s.Input.Authority)
            .Must((s, key) => key is not null && s.Authorities.Contains(key)).WithMessage(_ => text["Error_Authority_Required"])
            .When(s => s.Kind.Requires(LetterFields.Authority));

        RuleFor(s => s.Input.LastOrderNumber).Cascade(CascadeMode.Stop)
            .Must(BeSingleLine).WithMessage(_ => text["Error_SingleLine"])
            .Must(n => string.IsNullOrWhiteSpace(n) || OrderNumberPattern().IsMatch(n.Trim())).WithMessage(_ => text["Error_OrderNumber_Format"])
            .When(s => s.Kind.Shows(nameof(LetterInput.LastOrderNumber)));

        RuleFor(s => s.Input.WhatHappened).Cascade(CascadeMode.Stop)
            .NotEmpty().When(s => s.Kind.Requires(LetterFields.WhatHappened)).WithMessage(_ => text["Error_WhatHappened_Required"])
            .MaximumLength(MaxWhatHappenedLength).WithMessage(_ => text["Error_WhatHappened_TooLong", MaxWhatHappenedLength])
            .Must(HaveNoControlCharactersButLineBreaks).WithMessage(_ => text["Error_ControlCharacters"])
            .Must(v => !TypedText.HasDirectionOverrides(v)).WithMessage(_ => text["Error_DirectionOverride"])
            .Must(v => !TypedText.IsInvisibleOnly(v)).WithMessage(_ => text["Error_InvisibleOnly"])
            .When(s => s.Kind.Shows(nameof(LetterInput.WhatHappened)));
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
