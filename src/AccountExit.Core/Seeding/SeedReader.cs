using System.Globalization;
using System.Text.RegularExpressions;
using AccountExit.Core.Directory;
using AccountExit.Core.Letters;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AccountExit.Core.Seeding;

public static partial class SeedReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static SeedSet Read(string seedsFolder)
    {
        if (!System.IO.Directory.Exists(seedsFolder))
        {
            throw new SeedException($"Seed folder '{seedsFolder}' does not exist.");
        }

        var markets = new List<Market>();
        var channels = new List<Channel>();
        foreach (var path in YamlFilesIn(Path.Combine(seedsFolder, "markets")))
        {
            var file = Parse<MarketFile>(path);
            var code = Path.GetFileNameWithoutExtension(path);
            if (file.Code != code)
            {
                throw new SeedException($"{path}: code '{file.Code}' must match the file name '{code}'.");
            }

            markets.Add(new Market
            {
                Code = file.Code,
                Domain = file.Domain,
                Languages = file.Languages,
                DataProtectionLaw = file.DataProtectionLaw,
                Missing = file.Missing,
            });
            channels.AddRange(file.Channels.Select((c, i) => ToChannel(path, c, i, ChannelScope.Market, file.Code)));
        }

        channels.AddRange(ReadChannelList(Path.Combine(seedsFolder, "global.yaml"), ChannelScope.AllMarkets));
        channels.AddRange(ReadChannelList(Path.Combine(seedsFolder, "unplaced.yaml"), ChannelScope.Unplaced));

        var unknownCover = channels.SelectMany(c => c.Covers.Select(code => (c.Key, code))).FirstOrDefault(c => markets.All(m => m.Code != c.code));
        if (unknownCover.Key is not null)
        {
            throw new SeedException($"Channel '{unknownCover.Key}' covers unknown marketplace '{unknownCover.code}'.");
        }

        var duplicate = channels.GroupBy(c => c.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedException($"Channel key '{duplicate.Key}' is used more than once.");
        }

        if (markets.Count == 0)
        {
            throw new SeedException($"{Path.Combine(seedsFolder, "markets")}: no marketplace file; importing would remove every marketplace, so nothing is imported.");
        }

        var letters = YamlFilesIn(Path.Combine(seedsFolder, "letters"))
            .Select(ToLetter)
            .ToList();

        return new SeedSet(markets, channels, letters);
    }

    private static IOrderedEnumerable<string> YamlFilesIn(string folder) =>
        (System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*.yaml") : []).Order(StringComparer.Ordinal);

    private static List<Channel> ReadChannelList(string path, ChannelScope scope) =>
        File.Exists(path)
            ? Parse<ChannelListFile>(path).Channels.Select((c, i) => ToChannel(path, c, i, scope, null)).ToList()
            : [];

    private static T Parse<T>(string path)
    {
        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? throw new SeedException($"{path} is empty.");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SeedException($"{path}, line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}");
        }
    }

    private static Channel ToChannel(string path, ChannelEntry entry, int position, ChannelScope scope, string? marketCode)
    {
        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new SeedException($"{path}: channel '{entry.Key}' {problem}.");
            }
        }

        Require(KeyPattern().IsMatch(entry.Key), "needs a key of lowercase letters, digits and dashes");
        Require(ChannelKinds.All.Contains(entry.Kind), $"has unknown kind '{entry.Kind}'");
        Require(entry.Purposes.Count > 0 && entry.Purposes.All(Purposes.All.Contains), "needs known purposes");
        Require(Roles.All.Contains(entry.Role), $"has unknown role '{entry.Role}'");
        Require(Qualities.All.Contains(entry.Quality), $"has unknown quality '{entry.Quality}'");
        Require(entry.Sources.Count > 0, "names no source");
        Require(entry.Sources.Concat(entry.Conflicts.Select(c => c.Source)).All(IsFollowable), "has a source that is neither a research guide nor a public page with a title and an address");
        Require(entry.Conflicts.All(c => c.Says.ContainsKey(LocalizedText.Fallback)), "has a conflict without an English text");
        Require(entry.Fastest.All(entry.Purposes.Contains), "is the fastest route for a purpose it does not serve");
        Require(entry.Covers.Count == 0 || scope == ChannelScope.Market, "covers other marketplaces but is not a marketplace entry");
        Require(entry.Label.ContainsKey(LocalizedText.Fallback), "needs an English label");
        Require(entry.HaveReady.All(HaveReadyItems.All.Contains), "has an unknown have_ready item");
        if (entry.E164 is not null && entry.Value is not null && marketCode is not null)
        {
            var phoneProblem = Checking.PhoneCheck.Problem(entry.Value, entry.E164, marketCode);
            Require(phoneProblem is null, $"has a phone number libphonenumber rejects: {phoneProblem}");
        }

        Require(DateOnly.TryParseExact(entry.VerifiedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var verifiedOn), "needs verified_on as yyyy-MM-dd");

        return new Channel
        {
            Key = entry.Key,
            Scope = scope,
            MarketCode = marketCode,
            Kind = entry.Kind,
            Purposes = entry.Purposes,
            Role = entry.Role,
            Label = entry.Label,
            Value = entry.Value,
            Url = entry.Url,
            E164 = entry.E164,
            TollFree = entry.TollFree,
            Hours = entry.Hours,
            Ivr = entry.Ivr,
            OperatorShortcut = entry.OperatorShortcut,
            HaveReady = entry.HaveReady,
            Wait = entry.Wait,
            Steps = entry.Steps,
            Note = entry.Note,
            Sources = entry.Sources,
            Caveat = entry.Caveat,
            Conflicts = entry.Conflicts,
            Covers = entry.Covers,
            Fastest = entry.Fastest,
            Quality = entry.Quality,
            VerifiedOn = verifiedOn,
            Position = position,
        };
    }

    private static bool IsFollowable(SourceRef source) =>
        source.Document is not null
            ? source.Guide is not null
            : !string.IsNullOrWhiteSpace(source.Title) && Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static LetterTemplate ToLetter(string path)
    {
        var file = Parse<LetterFile>(path);
        if (Path.GetFileNameWithoutExtension(path) != $"{file.Kind}.{file.Language}")
        {
            throw new SeedException($"{path}: kind and language must match the file name.");
        }

        if (!LetterKinds.All.Contains(file.Kind))
        {
            throw new SeedException($"{path}: unknown letter kind '{file.Kind}'.");
        }

        var template = new LetterTemplate { Kind = file.Kind, Language = file.Language, Subject = file.Subject.Trim(), Body = file.Body.TrimEnd() + "\n" };
        CheckTemplate(path, template);
        return template;
    }

    /// <summary>A template that does not compile, or uses a variable docs/letters.md does not list, would fail every letter of its kind.</summary>
    private static void CheckTemplate(string path, LetterTemplate template)
    {
        foreach (var (part, text) in new[] { ("subject", template.Subject), ("body", template.Body) })
        {
            var unknown = Placeholder().Matches(text).Select(m => m.Groups[1].Value).FirstOrDefault(name => name != "else" && !LetterVariables.All.Contains(name));
            if (unknown is not null)
            {
                throw new SeedException($"{path}: {part} uses '{{{{{unknown}}}}}', which is not a letter variable (docs/letters.md).");
            }

            try
            {
                HandlebarsDotNet.Handlebars.Compile(text);
            }
            catch (HandlebarsDotNet.HandlebarsException e)
            {
                throw new SeedException($"{path}: {part} does not compile: {e.Message}");
            }
        }
    }

    [GeneratedRegex(@"\{\{~?\s*(?:#if|#unless|/if|/unless)?\s*([a-z_][a-z0-9_]*)\s*~?\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
