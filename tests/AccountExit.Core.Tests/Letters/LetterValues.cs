using AccountExit.Core.Letters;

namespace AccountExit.Core.Tests.Letters;

/// <summary>How a test fills the optional variables of a letter (docs/letters.md).</summary>
public enum OptionalValues
{
    /// <summary>Every optional variable has a value.</summary>
    Present,

    /// <summary>Every optional variable is passed as null.</summary>
    Null,
}

/// <summary>Builds the variables the app passes to each letter kind, per docs/letters.md.</summary>
public static class LetterValues
{
    public const string FullName = "Erika Mustermann-Øberg";
    public const string AccountEmail = "erika.test@example.org";
    public const string PostalAddress = "Hauptstraße 1\n10115 Berlin";
    public const string Marketplace = "amazon.co.uk";
    public const string Today = "21 November 2026";
    public const string Deadline = "21 December 2026";
    public const string OriginalDate = "1 October 2026";
    public const string Controller = "Amazon Europe Core S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg";
    public const string LastOrderNumber = "302-1234567-7654321";
    public const string WhatHappened = "My account was locked after I changed my address.\nNobody told me why.";

    private static readonly string[] DeadlineKinds =
        [LetterKinds.ErasureGdpr, LetterKinds.ErasureAppi, LetterKinds.ErasureCcpa, LetterKinds.ErasurePipeda, LetterKinds.ErasurePdplSa, LetterKinds.Closure, LetterKinds.AccessGdpr, LetterKinds.Access];
    private static readonly string[] UkGdprKinds = [LetterKinds.ErasureGdpr, LetterKinds.FollowUp, LetterKinds.Complaint, LetterKinds.AccessGdpr];
    private static readonly string[] GdprKinds = [LetterKinds.FollowUp, LetterKinds.Complaint];

    /// <param name="deadlinePassed">For the follow-up: whether the answer to the request is late.</param>
    public static Dictionary<string, object?> For(string kind, OptionalValues optional, bool gdpr = true, bool ukGdpr = false, bool deadlinePassed = true)
    {
        if (kind == LetterKinds.PrimeCallScript)
        {
            // Not a letter but what to say on the phone: it uses only the marketplace (docs/letters.md).
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["marketplace"] = Marketplace };
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["full_name"] = FullName,
            ["account_email"] = AccountEmail,
            ["marketplace"] = Marketplace,
            ["today"] = Today,
        };
        AddOptional(values, optional, "postal_address", PostalAddress);

        if (DeadlineKinds.Contains(kind))
        {
            values["deadline"] = Deadline;
        }

        if (UkGdprKinds.Contains(kind))
        {
            values["uk_gdpr"] = ukGdpr;
        }

        if (GdprKinds.Contains(kind))
        {
            values["gdpr"] = gdpr;
            AddOptional(values, optional, "original_date", OriginalDate);
        }

        if (kind == LetterKinds.Complaint)
        {
            AddOptional(values, optional, "controller", Controller);
        }

        if (kind == LetterKinds.FollowUp)
        {
            values["deadline_passed"] = deadlinePassed;
            if (!deadlinePassed)
            {
                values["deadline"] = Deadline;
            }
        }

        if (kind == LetterKinds.UnlockAppeal)
        {
            values["what_happened"] = WhatHappened;
            AddOptional(values, optional, "last_order_number", LastOrderNumber);
        }

        return values;
    }

    private static void AddOptional(Dictionary<string, object?> values, OptionalValues optional, string name, string value) =>
        values[name] = optional == OptionalValues.Present ? value : null;
}
