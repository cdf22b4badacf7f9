using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace AccountExit.Web.Pages.UnlockAccount;

public sealed class ContactModel(DirectoryStore directory) : MarketPageModel(directory)
{
    public const string SignedIn = "signed-in";
    public const string LockedOut = "locked-out";

    [BindProperty(SupportsGet = true, Name = "case")]
    public string? Case { get; set; }

    public bool ShowSignedIn => Case is null or SignedIn;

    public bool ShowLockedOut => Case is null or LockedOut;

    public IReadOnlyList<Channel> ChatAndCall { get; private set; } = [];

    public IReadOnlyList<Channel> Email { get; private set; } = [];

    public IReadOnlyList<Channel> Social { get; private set; } = [];

    public IReadOnlyList<Channel> Executive { get; private set; } = [];

    protected override void Load()
    {
        var listing = ListChannels();
        var all = listing.MarketChannels.Concat(listing.AllMarketChannels).ToList();
        ChatAndCall = all.Where(c => c.Kind is ChannelKinds.Chat or ChannelKinds.Callback or ChannelKinds.Phone).ToList();
        Email = all.Where(c => c is { Kind: ChannelKinds.Email, Role: "customer-service" }).ToList();
        Social = all.Where(c => c.Kind == ChannelKinds.Social).ToList();
        Executive = all.Where(c => c.Role == "executive").ToList();
    }
}
