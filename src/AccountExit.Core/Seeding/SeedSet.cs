using AccountExit.Core.Directory;
using AccountExit.Core.Letters;

namespace AccountExit.Core.Seeding;

/// <summary>Everything in seeds/, parsed and checked, ready to import.</summary>
public sealed record SeedSet(IReadOnlyList<Market> Markets, IReadOnlyList<Channel> Channels, IReadOnlyList<LetterTemplate> Letters, IReadOnlyList<Laws.Law> Laws);

public sealed class SeedException(string message) : Exception(message);
