namespace Hearth.Core.Indexers;

/// <summary>
/// How a call to an indexer ended. Stored in the indexers' history and sent in JSON as the camelCase word of
/// its name (<see cref="IndexerOutcomes.Text"/>: "ok", "rateLimited", "backingOff"), the words both have always held.
/// </summary>
public enum IndexerOutcome
{
    Ok,

    /// <summary>Not asked at all: the indexer has no caps yet, or cannot answer this kind of query.</summary>
    Skipped,

    Unreachable,
    Tls,
    Auth,
    NotTorznab,
    Timeout,
    RateLimited,
    HttpError,
    IndexerError,

    /// <summary>Hearth held the call back: a limit per hour or day is reached.</summary>
    LimitReached,

    /// <summary>Hearth held the call back: the indexer failed lately and is waiting out its back-off.</summary>
    BackingOff,
}

public static class IndexerOutcomes
{
    /// <summary>The word of an outcome: its name with the first letter lower-cased, as the JSON converter writes it.</summary>
    public static string Text(this IndexerOutcome outcome)
    {
        var name = outcome.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Reads a word written by <see cref="Text"/>.</summary>
    /// <exception cref="FormatException">The word names no outcome.</exception>
    public static IndexerOutcome Parse(string text) =>
        Enum.TryParse<IndexerOutcome>(text, ignoreCase: true, out var outcome) && outcome.Text() == text
            ? outcome
            : throw new FormatException($"'{text}' is not an indexer outcome.");
}
