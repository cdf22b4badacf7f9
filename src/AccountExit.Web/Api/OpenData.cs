using System.Globalization;
using System.Text;
using AccountExit.Core.Directory;
using AccountExit.Web.Hosting;
using CsvHelper;

namespace AccountExit.Web.Api;

/// <summary>
/// The whole directory as one file, JSON or CSV, versioned by the hash of the seed files it was
/// imported from: the ETag and a field in the file, so a copy can always be traced to its data.
/// </summary>
internal static class OpenData
{
    public const string JsonPath = "/open-data/accountexit-directory.json";
    public const string CsvPath = "/open-data/accountexit-directory.csv";

    public const string Provenance =
        "Compiled by AccountExit from the sources named on each entry, each with the sentence it rests on; quality says whether the source is Amazon's own page (verified), a third party (sourced) or a stated rule (derived). Schema: docs/data-schema.md.";

    public const string Licence =
        "The compilation: CC BY 4.0 (name AccountExit and the version). Quoted sentences remain their authors'; records from datarequests.org are CC0 and from JustDeleteMe MIT.";

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet(JsonPath, (DirectoryStore directory, TimeProvider clock, HttpContext context) =>
            {
                var snapshot = directory.Current;
                if (NotModified(context, snapshot, "accountexit-directory.json"))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                return TypedResults.Ok(new OpenDataResponse(
                    "AccountExit contact directory", Provenance, Licence, snapshot.Version,
                    snapshot.Markets.Select(MarketResponse.From).ToList(),
                    AllChannels(snapshot).Select(c => ChannelResponse.From(c, today)).ToList()));
            })
            .WithTags("Directory")
            .WithName("DownloadOpenData")
            .WithSummary("The whole directory as one downloadable file: markets and channels with their sources, licence and version.")
            .CacheOutput(WebSetup.PublicCachePolicy);

        app.MapGet(CsvPath, (DirectoryStore directory, HttpContext context) =>
            {
                var snapshot = directory.Current;
                return NotModified(context, snapshot, "accountexit-directory.csv")
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    // A byte order mark, so a spreadsheet opens the UTF-8 text (Japanese, Arabic) as UTF-8.
                    : Results.Bytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(snapshot))], "text/csv; charset=utf-8");
            })
            .WithTags("Directory")
            .WithName("DownloadOpenDataCsv")
            .WithSummary("Every channel as one CSV row: marketplace, kind, purposes, value, E.164, quality, sources and the data version.")
            .CacheOutput(WebSetup.PublicCachePolicy);
    }

    /// <summary>One row per channel; lists are joined with " | ", and every row carries the data version.</summary>
    public static string Csv(DirectorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), true))
        {
            csv.WriteHeader(OpenDataRow.Header);
            foreach (var channel in AllChannels(snapshot))
            {
                csv.WriteRecord(OpenDataRow.From(channel, snapshot.Version).Fields);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<Channel> AllChannels(DirectorySnapshot snapshot)
    {
        var listing = snapshot.List(new ChannelFilter());
        return listing.MarketChannels.Concat(listing.AllMarketChannels).Concat(listing.Unplaced);
    }

    private static bool NotModified(HttpContext context, DirectorySnapshot snapshot, string fileName)
    {
        context.Response.Headers.ContentDisposition = $"attachment; filename={fileName}";
        if (snapshot.Version is null)
        {
            return false;
        }

        var etag = $"\"{snapshot.Version}\"";
        context.Response.Headers.ETag = etag;
        return context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == etag || tag.Trim() == "*"));
    }
}

/// <summary>A channel as one CSV row, in the order of <see cref="Header"/>.</summary>
internal sealed record OpenDataRow(
    string Key,
    string Marketplace,
    string Scope,
    string Kind,
    string Purposes,
    string Role,
    string Label,
    string? Value,
    string? E164,
    string Quality,
    string Sources,
    string SourceQuotes,
    string VerifiedOn,
    string? DataVersion)
{
    public static readonly string[] Header =
        ["key", "marketplace", "scope", "kind", "purposes", "role", "label", "value", "e164", "quality", "sources", "source_quotes", "verified_on", "data_version"];

    public string[] Fields => [Key, Marketplace, Scope, Kind, Purposes, Role, Label, Value ?? "", E164 ?? "", Quality, Sources, SourceQuotes, VerifiedOn, DataVersion ?? ""];

    public static OpenDataRow From(Channel channel, string? version) => new(
        channel.Key,
        channel.MarketCode ?? (channel.Scope == ChannelScope.AllMarkets ? "all" : "unplaced"),
        channel.Scope.ToString(),
        channel.Kind,
        string.Join(" | ", channel.Purposes),
        channel.Role,
        channel.Label.In(LocalizedText.Fallback),
        channel.Value,
        channel.E164,
        channel.Quality,
        string.Join(" | ", channel.Sources.Select(s => s.Url ?? s.DisplayName)),
        string.Join(" | ", channel.Sources.Select(s => s.Quote ?? string.Empty)),
        channel.VerifiedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        version);
}
