using System.Text;
using AccountExit.Core.Directory;
using AccountExit.Core.Seeding;

namespace AccountExit.Core.Checking;

/// <summary>A problem that makes the seed data unfit to ship: a schema error, an unsourced value or an invalid phone number.</summary>
public sealed record SeedProblem(string Where, string Problem)
{
    public override string ToString() => $"{Where}: {Problem}";
}

public sealed record SeedCheckResult(IReadOnlyList<SeedProblem> Problems, string Report)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>
/// Checks seeds/ beyond what the importer needs: every value rests on a quoted sentence of a source,
/// every phone number is one libphonenumber accepts for its marketplace's country, and no email is
/// built from a pattern. Also reports, per marketplace, what a person would miss.
/// </summary>
public static class SeedCheck
{

    public static SeedCheckResult Run(string seedsFolder, DateOnly today)
    {
        SeedSet seeds;
        try
        {
            seeds = SeedReader.Read(seedsFolder);
        }
        catch (SeedException e)
        {
            return new SeedCheckResult([new SeedProblem("schema", e.Message)], $"Schema error: {e.Message}\n");
        }

        var problems = seeds.Channels.SelectMany(c => ProblemsOf(c, seeds.Markets)).Concat(seeds.Laws.SelectMany(ProblemsOf)).ToList();
        return new SeedCheckResult(problems, Report(seeds, problems, today));
    }

    private static IEnumerable<SeedProblem> ProblemsOf(Laws.Law law) =>
        SeedReader.SourcesOf(law).Where(s => string.IsNullOrWhiteSpace(s.Quote))
            .Select(s => new SeedProblem("law " + law.Code, $"unsourced: the source '{s.DisplayName}' carries no quote of the sentence the statement rests on"));

    private static IEnumerable<SeedProblem> ProblemsOf(Channel channel, IReadOnlyList<Market> markets)
    {
        foreach (var source in channel.Sources.Concat(channel.Conflicts.Select(c => c.Source)))
        {
            if (string.IsNullOrWhiteSpace(source.Quote))
            {
                yield return new(channel.Key, $"unsourced: the source '{source.DisplayName}' carries no quote of the sentence the entry rests on");
            }
        }

        if (channel.Quality == Qualities.Derived && channel.Note is null)
        {
            yield return new(channel.Key, "derived, but no note says from which rule");
        }

        if (channel is { Kind: ChannelKinds.Email, Value: not null, Quality: Qualities.Derived })
        {
            yield return new(channel.Key, $"unsourced: the address '{channel.Value}' is built from a pattern; an email's local part is never guessed");
        }

        if (channel.Kind is ChannelKinds.Phone or ChannelKinds.Callback && channel.Value is not null && channel.E164 is not null)
        {
            foreach (var problem in PhoneProblems(channel, markets))
            {
                yield return problem;
            }
        }
        else if (channel.E164 is not null)
        {
            yield return new(channel.Key, "has an E.164 number but no local value to check it against");
        }
    }

    private static IEnumerable<SeedProblem> PhoneProblems(Channel channel, IReadOnlyList<Market> markets)
    {
        if (channel.Scope != ChannelScope.Market)
        {
            yield return new(channel.Key, "an E.164 number needs a country, and only a marketplace entry has one");
            yield break;
        }

        if (PhoneCheck.Problem(channel.Value!, channel.E164!, markets.Single(m => m.Code == channel.MarketCode).Code) is { } problem)
        {
            yield return new(channel.Key, problem);
        }
    }

    private static string Report(SeedSet seeds, List<SeedProblem> problems, DateOnly today)
    {
        var report = new StringBuilder();
        var global = seeds.Channels.Where(c => c.Scope == ChannelScope.AllMarkets).ToList();
        foreach (var market in seeds.Markets.OrderBy(m => m.Code, StringComparer.Ordinal))
        {
            var own = seeds.Channels.Where(c => c.Serves(market.Code)).ToList();
            var reachable = own.Concat(global).ToList();
            report.Append($"{market.Code} ({market.Domain}): {own.Count} channels");
            foreach (var quality in Qualities.All)
            {
                report.Append($", {own.Count(c => c.Quality == quality)} {quality}");
            }

            report.AppendLine();
            foreach (var channel in own)
            {
                report.AppendLine($"  {channel.Key} [{channel.Kind}, {channel.Quality}]{(channel.IsStale(today) ? " STALE" : "")}{(channel.Conflicts.Count > 0 ? $" {channel.Conflicts.Count} conflict(s)" : "")}");
            }

            var missing = MissingRoutes(market, own, reachable).ToList();
            report.AppendLine(missing.Count == 0 ? "  missing: nothing" : $"  missing: {string.Join("; ", missing)}");
        }

        report.AppendLine($"all marketplaces: {global.Count} channels; region not confirmed: {seeds.Channels.Count(c => c.Scope == ChannelScope.Unplaced)}");
        var stale = seeds.Channels.Where(c => c.IsStale(today)).ToList();
        report.AppendLine($"stale (not verified for 12 months): {stale.Count}{(stale.Count == 0 ? "" : " — " + string.Join(", ", stale.Select(c => c.Key)))}");
        report.AppendLine($"conflicts: {seeds.Channels.Sum(c => c.Conflicts.Count)}");
        var unsourced = problems.Count(p => p.Problem.StartsWith("unsourced", StringComparison.Ordinal));
        report.AppendLine($"unsourced values: {unsourced}");
        report.AppendLine($"problems: {problems.Count}");
        foreach (var problem in problems)
        {
            report.AppendLine($"  {problem}");
        }

        return report.ToString();
    }

    private static IEnumerable<string> MissingRoutes(Market market, List<Channel> own, List<Channel> reachable)
    {
        // Every purpose a flow serves; "general" is a channel's trait, not a flow.
        foreach (var purpose in Purposes.All.Where(p => p != Purposes.General))
        {
            if (!reachable.Any(c => c.Purposes.Contains(purpose)))
            {
                yield return $"no route to {purpose}";
            }
            else if (!own.Any(c => c.Purposes.Contains(purpose)))
            {
                yield return $"{purpose} only through the routes valid everywhere";
            }
        }

        if (!own.Any(c => c.Kind is ChannelKinds.Phone or ChannelKinds.Callback))
        {
            yield return "no phone number or callback";
        }

        if (!own.Any(c => c is { Kind: ChannelKinds.Email, Role: "privacy", Value: not null }))
        {
            yield return $"no privacy mailbox (letters for {market.Domain} say where to send them instead)";
        }
    }
}
