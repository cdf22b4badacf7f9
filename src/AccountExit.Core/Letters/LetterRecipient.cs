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
    public static string PurposeOf(string kind) => (LetterKind.Find(kind) ?? throw new ArgumentException($"Unknown letter kind '{kind}'.", nameof(kind))).Purpose;

    /// <summary>The mailbox the kind's <see cref="RecipientRule"/> picks, or null (an authority, or no sourced mailbox).</summary>
    public static Channel? For(string kind, Market market, IEnumerable<Channel> channels)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(channels);
        var letter = LetterKind.Find(kind) ?? throw new ArgumentException($"Unknown letter kind '{kind}'.", nameof(kind));
        if (!letter.HasRecipient)
        {
            return null;
        }

        var addressable = channels
            .Where(c => c is { Kind: ChannelKinds.Email, Value: not null } && c.Serves(market.Code) && c.Purposes.Contains(letter.Purpose))
            .Where(c => c.Quality is Qualities.Verified or Qualities.Sourced && AddressableRoles.Contains(c.Role))
            .OrderBy(c => c.MarketCode != market.Code)
            .ToList();
        var privacy = addressable.FirstOrDefault(c => c.Role == "privacy");
        var customerService = addressable.FirstOrDefault(c => c.Role == "customer-service");
        var preferPrivacy = letter.Recipient == RecipientRule.PrivacyFirst || (letter.Recipient == RecipientRule.PrivacyFirstUnderGdpr && market.GdprApplies);
        return preferPrivacy ? privacy ?? customerService : customerService ?? privacy;
    }
}
