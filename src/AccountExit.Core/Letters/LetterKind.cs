using AccountExit.Core.Directory;

namespace AccountExit.Core.Letters;

/// <summary>The fields a letter form may show beyond the name, email, postal address and language every letter has.</summary>
public static class LetterFields
{
    public const string OriginalDate = "OriginalDate";
    public const string LastOrderNumber = "LastOrderNumber";
    public const string WhatHappened = "WhatHappened";
}

/// <summary>Whom a letter goes to: the first of these a source names for the marketplace.</summary>
public enum RecipientRule
{
    /// <summary>The privacy contact, else customer service (DATA.md: the right addressee under the GDPR).</summary>
    PrivacyFirst,

    /// <summary>Privacy first where the GDPR applies, customer service first elsewhere.</summary>
    PrivacyFirstUnderGdpr,

    CustomerServiceFirst,

    /// <summary>A supervisory authority, not Amazon: no mailbox here.</summary>
    Authority,
}

/// <summary>
/// Everything that depends on the kind of letter, in one place: the purpose it serves, the extra
/// fields it shows and requires, whom it goes to, its answer deadline and whether it offers a
/// calendar reminder. The letter step, its validator, the composer and the .ics read it from here.
/// </summary>
public sealed record LetterKind(
    string Code,
    string Purpose,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Required,
    RecipientRule Recipient,
    bool OffersReminder)
{
    public static readonly LetterKind ErasureGdpr = new(LetterKinds.ErasureGdpr, Purposes.CloseAccount, [], [], RecipientRule.PrivacyFirst, OffersReminder: true);
    public static readonly LetterKind Closure = new(LetterKinds.Closure, Purposes.CloseAccount, [], [], RecipientRule.CustomerServiceFirst, OffersReminder: true);
    public static readonly LetterKind FollowUp = new(LetterKinds.FollowUp, Purposes.CloseAccount, [LetterFields.OriginalDate], [], RecipientRule.PrivacyFirstUnderGdpr, OffersReminder: false);
    public static readonly LetterKind Complaint = new(LetterKinds.Complaint, Purposes.CloseAccount, [LetterFields.OriginalDate], [], RecipientRule.Authority, OffersReminder: false);
    public static readonly LetterKind UnlockAppeal = new(
        LetterKinds.UnlockAppeal, Purposes.UnlockAccount, [LetterFields.LastOrderNumber, LetterFields.WhatHappened], [LetterFields.WhatHappened], RecipientRule.CustomerServiceFirst, OffersReminder: false);
    public static readonly LetterKind PrimeRefund = new(LetterKinds.PrimeRefund, Purposes.CancelPrime, [], [], RecipientRule.CustomerServiceFirst, OffersReminder: false);

    public static readonly LetterKind AccessGdpr = new(LetterKinds.AccessGdpr, Purposes.GetData, [], [], RecipientRule.PrivacyFirst, OffersReminder: true);
    public static readonly LetterKind Access = new(LetterKinds.Access, Purposes.GetData, [], [], RecipientRule.PrivacyFirst, OffersReminder: true);

    /// <summary>Not a letter: what to say on the phone, in the marketplace's language.</summary>
    public static readonly LetterKind PrimeCallScript = new(LetterKinds.PrimeCallScript, Purposes.CancelPrime, [], [], RecipientRule.CustomerServiceFirst, OffersReminder: false);

    public static readonly IReadOnlyList<LetterKind> All = [ErasureGdpr, Closure, FollowUp, Complaint, UnlockAppeal, PrimeRefund, AccessGdpr, Access, PrimeCallScript];

    public static LetterKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);

    /// <summary>Whether the form shows a field: the common ones always, the others where this kind uses them.</summary>
    public bool Shows(string field) => field is not (LetterFields.OriginalDate or LetterFields.LastOrderNumber or LetterFields.WhatHappened) || Fields.Contains(field);

    public bool Requires(string field) => Required.Contains(field);

    public bool HasRecipient => Recipient != RecipientRule.Authority;

    /// <summary>How long Amazon has to answer; GDPR Art. 12(3) gives one calendar month.</summary>
    public int AnswerMonths { get; init; } = 1;

    /// <summary>One calendar month on, so 31 January gives the last day of February.</summary>
    public DateOnly DeadlineFrom(DateOnly sent) => sent.AddMonths(AnswerMonths);
}

/// <summary>The letter kinds' codes, as the templates in seeds/letters name them.</summary>
public static class LetterKinds
{
    public const string ErasureGdpr = "erasure-gdpr";
    public const string Closure = "closure";
    public const string FollowUp = "follow-up";
    public const string Complaint = "complaint";
    public const string UnlockAppeal = "unlock-appeal";
    public const string PrimeRefund = "prime-refund";
    public const string AccessGdpr = "access-gdpr";
    public const string Access = "access";

    /// <summary>Not a letter: what to say on the phone, in the marketplace's language. Uses only <c>marketplace</c>.</summary>
    public const string PrimeCallScript = "prime-call-script";

    public static readonly IReadOnlyList<string> All = [.. LetterKind.All.Select(k => k.Code)];
}
