namespace Hearth.Library.Metadata;

/// <summary>What a Kodi-style NFO file says about a movie, show, season or episode.</summary>
public sealed record NfoMetadata
{
    public NfoKind Kind { get; init; }

    public string? Title { get; init; }

    public string? OriginalTitle { get; init; }

    public string? SortTitle { get; init; }

    public string? ShowTitle { get; init; }

    public int? Year { get; init; }

    public string? Plot { get; init; }

    public string? Outline { get; init; }

    public string? Tagline { get; init; }

    public int? RuntimeMinutes { get; init; }

    /// <summary>On a 0–10 scale.</summary>
    public double? Rating { get; init; }

    public string? Mpaa { get; init; }

    public DateOnly? Premiered { get; init; }

    public int? Season { get; init; }

    public int? Episode { get; init; }

    public IReadOnlyList<string> Genres { get; init; } = [];

    public IReadOnlyList<string> Studios { get; init; } = [];

    public IReadOnlyList<string> Directors { get; init; } = [];

    public IReadOnlyList<string> Writers { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<NfoPerson> Cast { get; init; } = [];

    /// <summary>
    /// True for a file Hearth wrote itself (<see cref="NfoWriter"/>): a copy of what it fetched, not a person's NFO,
    /// so its fields are not the folder's own and do not stand above a later refresh.
    /// </summary>
    public bool WrittenByHearth { get; init; }

    /// <summary>Keys are lower-case provider names: "imdb", "tmdb", "tvdb", …</summary>
    public IReadOnlyDictionary<string, string> ProviderIds { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
