using AccountExit.Core.Directory;
using AccountExit.Core.Laws;

namespace AccountExit.Core.Letters;

/// <summary>The fields a letter form may show beyond the name, email, postal address and language every letter has.</summary>
public static class LetterFields
{
    public const string OriginalDate = "OriginalDate";
    public const string LastOrderNumber = "LastOrderNumber";
    public const string WhatHappened = "WhatHappened";

    /// <summary>Yes or no: whether the person belongs to those the law protects (CCPA: California residents).</summary>
    public const string Resident = "Resident";

    /// <summary>The supervisory authority a complaint goes to, chosen from the law's list.</summary>
    public const string Authority = "Authority";

    public static readonly IReadOnlyList<string> Optional = [OriginalDate, LastOrderNumber, WhatHappened, Resident, Authority];
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
    /// <summary>The regimes whose rights this letter cites (seeds/laws); empty for a letter that cites no law.</summary>
    public IReadOnlyList<string> Laws { get; init; } = [];

    /// <summary>The right the letter invokes (seeds/laws <c>rights</c>), which decides whether the law's deadline is the letter's.</summary>
    public string? Right { get; init; }

    public static readonly LetterKind ErasureGdpr = new(LetterKinds.ErasureGdpr, Purposes.CloseAccount, [], [], RecipientRule.PrivacyFirst, OffersReminder: true) { Laws = [Law.Gdpr, Law.UkGdpr], Right = Rights.Erasure };
    public static readonly LetterKind ErasureAppi = new(LetterKinds.ErasureAppi, Purposes.CloseAccount, [], [], RecipientRule.PrivacyFirst, OffersReminder: true) { Laws = ["appi"], Right = Rights.CessationOfUse };

    /// <summary>The CCPA protects California residents only: the form asks, and the letter cites it only on yes.</summary>
    public static readonly LetterKind ErasureCcpa = new(LetterKinds.ErasureCcpa, Purposes.CloseAccount, [LetterFields.Resident], [LetterFields.Resident], RecipientRule.PrivacyFirst, OffersReminder: true) { Laws = ["ccpa"], Right = Rights.Erasure };
    public static readonly LetterKind ErasurePipeda = new(LetterKinds.ErasurePipeda, Purposes.CloseAccount, [], [], RecipientRule.PrivacyFirst, OffersReminder: true) { Laws = ["pipeda"], Right = Rights.WithdrawConsent };
    public static readonly LetterKind ErasurePdplSa = new(LetterKinds.ErasurePdplSa, Purposes.CloseAccount, [], [], RecipientRule.PrivacyFirst, OffersReminder: true) { Laws = ["pdpl-sa"], Right = Rights.Erasure };
    public static readonly LetterKind Closure = new(LetterKinds.Closure, Purposes.CloseAccount, [], [], RecipientRule.CustomerServiceFirst, OffersReminder: true);
    /// <summary>Refers to the request by its date, so the letter can tell whether the answer is late.</summary>
    public static readonly LetterKind FollowUp = new(LetterKinds.FollowUp, Purposes.CloseAccount, [LetterFields.OriginalDate], [LetterFields.OriginalDate], RecipientRule.PrivacyFirstUnderGdpr, OffersReminder: false);

    /// <summary>Offers a reminder for the authority's own deadline where the law states one (GDPR Art. 78(2)).</summary>
    public static readonly LetterKind Complaint = new(
        LetterKinds.Complaint, Purposes.CloseAccount, [LetterFields.OriginalDate, LetterFields.Authority], [LetterFields.OriginalDate, LetterFields.Authority], RecipientRule.Authority, OffersReminder: true);
    public static readonly LetterKind UnlockAppeal = new(
        LetterKinds.UnlockAppeal, Purposes.UnlockAccount, [LetterFields.LastOrderNumber, LetterFields.WhatHappened], [LetterFields.WhatHappened], RecipientRule.CustomerServiceFirst, OffersReminder: false);
    public static readonly LetterKind PrimeRefund = new(LetterKinds.PrimeRefund, Purposes.CancelPrime, [], [], RecipientRule.CustomerServiceFirst, OffersReminder: false);

    public static readonly LetterKind AccessGdpr = new(LetterKinds.AccessGdpr, Purposes.GetData, [], [], RecipientRule.PrivacyFirst, OffersReminder: true) { Laws = [Law.Gdpr, Law.UkGdpr], Right = Rights.Access };
    public static readonly LetterKind Access = new(LetterKinds.Access, Purposes.GetData, [], [], RecipientRule.PrivacyFirst, OffersReminder: true);

    /// <summary>Not a letter: what to say on the phone, in the marketplace's language.</summary>
    public static readonly LetterKind PrimeCallScript = new(LetterKinds.PrimeCallScript, Purposes.CancelPrime, [], [], RecipientRule.CustomerServiceFirst, OffersReminder: false);

    public static readonly IReadOnlyList<LetterKind> All =
        [ErasureGdpr, ErasureAppi, ErasureCcpa, ErasurePipeda, ErasurePdplSa, Closure, FollowUp, Complaint, UnlockAppeal, PrimeRefund, AccessGdpr, Access, PrimeCallScript];

    public static LetterKind? Find(string? code) => All.FirstOrDefault(k => k.Code == code);

    /// <summary>Whether the form shows a field: the common ones always, the others where this kind uses them.</summary>
    public bool Shows(string field) => !LetterFields.Optional.Contains(field) || Fields.Contains(field);

    public bool Requires(string field) => Required.Contains(field);

    public bool HasRecipient => Recipient != RecipientRule.Authority;

    /// <summary>Whether this letter cites the law's rights, so the law's deadline is the letter's.</summary>
    public bool Cites(Law? law) => law is { InForce: true } && Laws.Contains(law.Code);

    /// <summary>
    /// When the answer is due for a letter sent on <paramref name="sent"/>: the law's period where the
    /// letter cites a law that gives a number, else one calendar month, asked for and not claimed.
    /// </summary>
    public AnswerDeadline DeadlineFor(Law? law, string country, DateOnly sent) =>
        Cites(law) && law!.Deadline is { } rule && rule.Covers(Right) && rule.EndFor(sent, country) is { } end
            ? new AnswerDeadline(end.Date, Legal: true, end.Moved)
            : new AnswerDeadline(sent.AddMonths(1), Legal: false, Moved: false);

    /// <summary>The letter that asks to close the account: the erasure letter of the marketplace's main law where one exists and the law is in force, else the closure letter, which cites none.</summary>
    public static LetterKind CloseRequestFor(Law? law) =>
        law is { InForce: true } ? All.FirstOrDefault(k => k.Purpose == Purposes.CloseAccount && k.Laws.Contains(law.Code)) ?? Closure : Closure;

    public static LetterKind AccessRequestFor(Law? law) => AccessGdpr.Cites(law) ? AccessGdpr : Access;
}

/// <param name="Legal">The date is the law's period, not one the letter asks for.</param>
/// <param name="Moved">The period ended on a weekend or public holiday and moved to the next working day.</param>
public sealed record AnswerDeadline(DateOnly Date, bool Legal, bool Moved);

/// <summary>The letter kinds' codes, as the templates in seeds/letters name them.</summary>
public static class LetterKinds
{
    public const string ErasureGdpr = "erasure-gdpr";
    public const string ErasureAppi = "erasure-appi";
    public const string ErasureCcpa = "erasure-ccpa";
    public const string ErasurePipeda = "erasure-pipeda";
    public const string ErasurePdplSa = "erasure-pdpl-sa";
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
