using AccountExit.Core;
using AccountExit.Core.Directory;
using AccountExit.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountExit.Web.Api;

internal static class DirectoryApi
{
    public static void MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Directory").CacheOutput(WebSetup.PublicCachePolicy).RequireRateLimiting(RateLimitSetup.Api);

        api.MapGet("/markets", (DirectoryStore directory) => directory.Current.Markets.Select(MarketResponse.From).ToList())
            .WithName("ListMarkets")
            .WithSummary("Every marketplace with its domain, languages and data-protection law.");

        app.MapOpenData();

        api.MapGet("/channels", ListChannels)
            .WithName("ListChannels")
            .WithSummary("Contact channels, filtered by marketplace, kind and purpose, each with its sources and quality.");
    }

    private static Results<Ok<ChannelsResponse>, ValidationProblem> ListChannels(
        DirectoryStore directory, TimeProvider clock, string? market, string? kind, string? purpose)
    {
        var filter = new ChannelFilter(Blank(market), Blank(kind), Blank(purpose));
        var snapshot = directory.Current;
        var errors = ChannelFilterErrors.Find(snapshot, filter);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Unknown filter value");
        }

        var listing = snapshot.List(filter);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new ChannelsResponse(
            listing.MarketChannels.Concat(listing.AllMarketChannels).Concat(listing.Unplaced).Select(c => ChannelResponse.From(c, today)).ToList()));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}

internal sealed record MarketResponse(string Code, string Domain, IReadOnlyList<string> Languages, string DataProtectionLaw, bool Gdpr, IReadOnlyDictionary<string, string>? Missing)
{
    public static MarketResponse From(Market market) =>
        new(market.Code, market.Domain, market.Languages, market.DataProtectionLaw, market.GdprApplies, market.Missing);
}

internal sealed record OpenDataResponse(
    string Title, string Provenance, string Licence, string? Version, IReadOnlyList<MarketResponse> Markets, IReadOnlyList<ChannelResponse> Channels);

internal sealed record ChannelsResponse(IReadOnlyList<ChannelResponse> Channels)
{
    public int Count => Channels.Count;
}

internal sealed record ChannelResponse(
    string Key,
    string? Market,
    string Scope,
    string Kind,
    IReadOnlyList<string> Purposes,
    string Role,
    IReadOnlyDictionary<string, string> Label,
    string? Value,
    string? Href,
    string? E164,
    bool? TollFree,
    IReadOnlyDictionary<string, string>? Hours,
    IReadOnlyList<IvrStep> Ivr,
    string? OperatorShortcut,
    IReadOnlyList<string> HaveReady,
    IReadOnlyDictionary<string, string>? Wait,
    IReadOnlyList<LocalizedText> Steps,
    IReadOnlyDictionary<string, string>? Note,
    IReadOnlyList<SourceRef> Sources,
    IReadOnlyDictionary<string, string>? Caveat,
    IReadOnlyList<AccountExit.Core.Directory.Conflict> Conflicts,
    IReadOnlyList<string> Covers,
    IReadOnlyList<string> FastestFor,
    string Quality,
    DateOnly VerifiedOn,
    bool Stale)
{
    public static ChannelResponse From(Channel c, DateOnly today) => new(
        c.Key, c.MarketCode, c.Scope switch { ChannelScope.AllMarkets => "all-markets", ChannelScope.Unplaced => "region-not-confirmed", _ => "market" },
        c.Kind, c.Purposes, c.Role, c.Label, c.Value, c.Href, c.E164, c.TollFree, c.Hours, c.Ivr, c.OperatorShortcut, c.HaveReady,
        c.Wait, c.Steps, c.Note, c.Sources, c.Caveat, c.Conflicts, c.Covers, c.Fastest, c.Quality, c.VerifiedOn, c.IsStale(today));
}
