using System.Globalization;
using System.Text.RegularExpressions;
using AccountExit.Core.Directory;
using AccountExit.Core.Laws;
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
                Laws = file.Laws,
                DataProtectionLaw = file.Laws.FirstOrDefault() ?? "none",
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

        var laws = YamlFilesIn(Path.Combine(seedsFolder, "laws")).Select(ToLaw).ToList();
        var unknownLaw = markets.SelectMany(m => m.Laws.Select(law => (m.Code, law))).FirstOrDefault(m => laws.All(l => l.Code != m.law));
        if (unknownLaw.Code is not null)
        {
            throw new SeedException($"Marketplace '{unknownLaw.Code}' names law '{unknownLaw.law}', which has no file in {Path.Combine(seedsFolder, "laws")}.");
        }

        return new SeedSet(markets, channels, letters, laws);
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

    private static Law ToLaw(string path)
    {
        var law = Parse<Law>(path);
        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new SeedException($"{path}: law '{law.Code}' {problem}.");
            }
        }

        Require(law.Code == Path.GetFileNameWithoutExtension(path), "must have the file's name as its code");
        Require(law.Name.ContainsKey(LocalizedText.Fallback) && law.Status.ContainsKey(LocalizedText.Fallback), "needs an English name and status");
        Require(law.Since is null || DateOnly.TryParseExact(law.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), "needs since as yyyy-MM-dd");
        Require(law.StatusSources.Count > 0, "names no source for its status");
        Require(law.Who is null || (law.Who.ContainsKey(LocalizedText.Fallback) && law.WhoSources.Count > 0), "asks who may use it without an English question and a source");
        Require(law.Rights.All(r => Laws.Rights.All.Contains(r.Right) && r.Article.Length > 0 && r.Sources.Count > 0), "has a right that is unknown, has no article or no source");
        Require(law.Deadline is null || (PeriodUnits.All.Contains(law.Deadline.Unit) && Counting.All.Contains(law.Deadline.Counting) && law.Deadline.Sources.Count > 0), "has a deadline with an unknown unit or counting, or without a source");
        Require(law.Deadline is not { NextWorkingDay: true } || law.Deadline.WorkingDaySources.Count > 0, "moves its deadline to a working day without a source for that rule");
        Require(law.Complaint is null || law.Complaint.Sources.Count > 0, "has a complaint right without a source");
        Require(law.Complaint?.AuthorityDeadline is null || law.Complaint.AuthorityDeadline.Sources.Count > 0, "has an authority deadline without a source");
        Require(law.Authorities.All(a => KeyPattern().IsMatch(a.Key) && a.Name.Length > 0 && a.Sources.Count > 0), "has an authority without a key, a name or a source");
        Require(law.Authorities.Select(a => a.Key).Distinct().Count() == law.Authorities.Count, "uses an authority key more than once");
        Require(law.Authorities.All(a => (a.Url ?? a.WebForm) is null || Uri.IsWellFormedUriString(a.Url ?? a.WebForm, UriKind.Absolute)), "has an authority whose address is not an absolute URL");
        var sources = SourcesOf(law);
        Require(sources.All(IsFollowable), "has a source that is neither a research guide nor a public page with a title and an address");
        return law;
    }

    /// <summary>Every source a law file names, for check-seeds.</summary>
    internal static IEnumerable<SourceRef> SourcesOf(Law law) =>
        law.StatusSources.Concat(law.WhoSources).Concat(law.Rights.SelectMany(r => r.Sources))
            .Concat(law.Deadline?.Sources ?? []).Concat(law.Deadline?.WorkingDaySources ?? [])
            .Concat(law.FollowUp?.Sources ?? []).Concat(law.Deadline?.Extension?.Sources ?? []).Concat(law.Deadline?.Receipt?.Sources ?? [])
            .Concat(law.Complaint?.Sources ?? []).Concat(law.Complaint?.AuthorityDeadline?.Sources ?? [])
            .Concat(law.Authorities.SelectMany(a => a.Sources));

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
