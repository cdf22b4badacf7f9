using AccountExit.Core.Directory;

namespace AccountExit.Core.Laws;

/// <summary>
/// A data-protection regime as seeds/laws/{code}.yaml states it: the rights it gives, the deadline
/// for an answer, whether it is in force, who may rely on it and where to complain. Every part
/// carries the sources it rests on; the letters cite only what is here.
/// </summary>
public sealed class Law
{
    public const string Gdpr = "gdpr";
    public const string UkGdpr = "uk-gdpr";

    public required string Code { get; set; }

    /// <summary>How a letter cites it ("GDPR", "APPI").</summary>
    public string Abbreviation { get; set; } = "";

    public LocalizedText Name { get; set; } = [];

    /// <summary>The official name in the law's own language, where that is not English.</summary>
    public string? NativeName { get; set; }

    /// <summary>Whether a person can rely on its rights today; a letter cites a law only when this holds.</summary>
    public bool InForce { get; set; }

    /// <summary>The day its rights apply (or are reported to apply), as yyyy-MM-dd.</summary>
    public string? Since { get; set; }

    /// <summary>One sentence for the page: what the letter does under this law, or why it cites none.</summary>
    public LocalizedText Status { get; set; } = [];

    /// <summary>The researcher's account of the law's state of force, in English, as the sources below support it.</summary>
    public string? StatusNote { get; set; }

    public List<SourceRef> StatusSources { get; set; } = [];

    /// <summary>The question the form asks when only some people may use the law ("Do you live in California?").</summary>
    public LocalizedText? Who { get; set; }

    public List<SourceRef> WhoSources { get; set; } = [];

    public List<LawRight> Rights { get; set; } = [];

    public LawDeadline? Deadline { get; set; }

    /// <summary>What the company must do even when it refuses (GDPR Art. 12(4)), which the follow-up cites.</summary>
    public LawArticle? FollowUp { get; set; }

    public LawComplaint? Complaint { get; set; }

    public List<Authority> Authorities { get; set; } = [];

    /// <summary>What we looked for and did not find a source for; shown with the law's sources.</summary>
    public List<UnsourcedFact> Unsourced { get; set; } = [];

    public LawRight? Right(string right) => Rights.FirstOrDefault(r => r.Right == right);

    public Authority? Authority(string? key) => Authorities.FirstOrDefault(a => a.Key == key);
}

/// <summary>What the law lets a person ask for, and where it says so.</summary>
public sealed class LawRight
{
    public string Right { get; set; } = "";

    /// <summary>As the law itself cites it: "Art. 17(1)", "第35条", "Section 1798.105".</summary>
    public string Article { get; set; } = "";

    /// <summary>What the right gives, in one English sentence, for the data sheet.</summary>
    public string? Summary { get; set; }

    public List<SourceRef> Sources { get; set; } = [];
}

public sealed class LawArticle
{
    public string Article { get; set; } = "";

    public List<SourceRef> Sources { get; set; } = [];
}

public sealed class UnsourcedFact
{
    public string Fact { get; set; } = "";

    public string Searched { get; set; } = "";
}

public static class Rights
{
    public const string Erasure = "erasure";
    public const string Access = "access";
    public const string WithdrawConsent = "withdraw-consent";
    public const string CessationOfUse = "cessation-of-use";

    public static readonly IReadOnlyList<string> All = [Erasure, Access, WithdrawConsent, CessationOfUse];
}

/// <summary>The right to complain, and how long the authority has to report back where the law says.</summary>
public sealed class LawComplaint
{
    public string Article { get; set; } = "";

    public List<SourceRef> Sources { get; set; } = [];

    /// <summary>How long the authority has to report on a complaint (GDPR Art. 78(2): three months).</summary>
    public Period? AuthorityDeadline { get; set; }
}

/// <summary>A supervisory authority a complaint goes to; every contact detail exactly as its source gives it.</summary>
public sealed class Authority
{
    public string Key { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2, lowercase.</summary>
    public string Country { get; set; } = "";

    /// <summary>A German Land or a US state, in the authority's own language.</summary>
    public string? Region { get; set; }

    public string Name { get; set; } = "";

    public string? Postal { get; set; }

    public string? Email { get; set; }

    public string? WebForm { get; set; }

    public string? Url { get; set; }

    /// <summary>A source says this is the lead authority for Amazon's controller.</summary>
    public bool LeadForAmazon { get; set; }

    public List<SourceRef> Sources { get; set; } = [];
}

/// <summary>A length of time the law states, with its article and sources where it stands alone (an extension, the authority's deadline).</summary>
public sealed class Period
{
    public int Length { get; set; }

    public string Unit { get; set; } = PeriodUnits.Months;

    public string? Counting { get; set; }

    public string? Article { get; set; }

    public List<SourceRef> Sources { get; set; } = [];

    public DateOnly After(DateOnly from) => Unit == PeriodUnits.Days ? from.AddDays(Length) : from.AddMonths(Length);
}
