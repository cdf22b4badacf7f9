using AccountExit.Core.Directory;

namespace AccountExit.Core.Letters;

/// <summary>
/// Who a letter is addressed to. Only a mailbox a source names whole for this marketplace (or a
/// record whose source says it covers it) qualifies: a <c>derived</c> address is built from a
/// pattern and may not exist, and a letter sent to it costs the person a month of waiting.
/// </summary>
public static class LetterRecipient
{
    private static readonly string[] AddressableRoles = ["privacy", "customer-service"];

    /// <summary>The purpose a letter kind serves, for the routes shown when there is no address.</summary>
    public static string PurposeOf(string kind) => kind switch
    {
        LetterKinds.UnlockAppeal => Purposes.UnlockAccount,
        LetterKinds.PrimeRefund or LetterKinds.PrimeCallScript => Purposes.CancelPrime,
        _ => Purposes.CloseAccount,
    };

    /// <summary>
    /// Erasure requests (and GDPR follow-ups) go to the privacy contact first (DATA.md: the right
    /// addressee under the GDPR), everything else to customer service first. A complaint goes to an
    /// authority, not to Amazon, so it has no recipient here.
    /// </summary>
    public static Channel? For(string kind, Market market, IEnumerable<Channel> channels)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(channels);
        if (kind == LetterKinds.Complaint)
        {
            return null;
        }

        var purpose = PurposeOf(kind);
        var addressable = channels
            .Where(c => c is { Kind: ChannelKinds.Email, Value: not null } && c.Serves(market.Code) && c.Purposes.Contains(purpose))
            .Where(c => c.Quality is Qualities.Verified or Qualities.Sourced && AddressableRoles.Contains(c.Role))
            .OrderBy(c => c.MarketCode != market.Code)
            .ToList();
        var privacy = addressable.FirstOrDefault(c => c.Role == "privacy");
        var customerService = addressable.FirstOrDefault(c => c.Role == "customer-service");
        var preferPrivacy = kind == LetterKinds.ErasureGdpr || (kind == LetterKinds.FollowUp && market.GdprApplies);
        return preferPrivacy ? privacy ?? customerService : customerService ?? privacy;
    }
}
