using System.Text.Json.Serialization;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Releases;

/// <summary>What kind of content a release name describes.</summary>
public enum ReleaseKind
{
    Unknown,
    Episode,
    Movie,
}

/// <summary>
/// Everything read from one release, file or folder name. Immutable once returned; lists are never
/// null (empty when the name says nothing). <see cref="Failure"/> says why a name was not read as a
/// release at all.
/// </summary>
public sealed class ParsedRelease
{
    /// <summary>The text handed to the parser.</summary>
    public string Input { get; internal set; } = string.Empty;

    /// <summary>The release name without folders or a media extension.</summary>
    public string ReleaseTitle { get; internal set; } = string.Empty;

    /// <summary>Null when the name reads as a release; otherwise why it does not.</summary>
    public string? Failure { get; internal set; }

    public bool IsParsed => Failure is null;

    public ReleaseKind Kind { get; internal set; }

    /// <summary>The title as written (separators made spaces; a show keeps a year written as part of its name).</summary>
    public string Title { get; internal set; } = string.Empty;

    /// <summary>The title for matching: lower-case letters and digits only, leading articles dropped.</summary>
    public string NormalizedTitle { get; internal set; } = string.Empty;

    public string TitleWithoutYear { get; internal set; } = string.Empty;

    /// <summary>Every title the name gives (a movie "A AKA B" has both, and the whole).</summary>
    public IReadOnlyList<string> Titles { get; internal set; } = [];

    public int? Year { get; internal set; }

    public int? SeasonNumber { get; internal set; }

    /// <summary>All seasons of a multi-season pack (S01-S03), else the one season or none.</summary>
    public IReadOnlyList<int> Seasons { get; internal set; } = [];

    public IReadOnlyList<int> EpisodeNumbers { get; internal set; } = [];

    /// <summary>Anime-style numbers counted from the first episode of the show.</summary>
    public IReadOnlyList<int> AbsoluteEpisodeNumbers { get; internal set; } = [];

    /// <summary>Recap or half episodes between two absolute numbers (10.5).</summary>
    public IReadOnlyList<decimal> SpecialAbsoluteEpisodeNumbers { get; internal set; } = [];

    public DateOnly? AirDate { get; internal set; }

    /// <summary>Part of a daily episode split in several files (Part1, Part.2).</summary>
    public int? DailyPart { get; internal set; }

    /// <summary>A whole season in one release (S01, Season 1 Complete): no episode numbers.</summary>
    /// <remarks>Written as <c>fullSeason</c> in JSON, Sonarr's name, as `hearth parse --json` has always written it.</remarks>
    [JsonPropertyName("fullSeason")]
    public bool IsFullSeason { get; internal set; }

    public bool IsMultiSeason { get; internal set; }

    public bool IsPartialSeason { get; internal set; }

    /// <summary>Which part of a season split in parts (S01 Part 2).</summary>
    public int SeasonPart { get; internal set; }

    /// <summary>A season's extras, subs or bonus pack rather than its episodes.</summary>
    public bool IsSeasonExtra { get; internal set; }

    public bool IsSplitEpisode { get; internal set; }

    public bool IsMiniSeries { get; internal set; }

    /// <summary>An anime special (OVA, OAD, NCOP …) or an S00 episode.</summary>
    /// <remarks>Written as <c>special</c> in JSON, Sonarr's name, as `hearth parse --json` has always written it.</remarks>
    [JsonPropertyName("special")]
    public bool IsSpecial { get; internal set; }

    /// <summary>May be a special named by title (S02 Special, S11E00).</summary>
    public bool IsPossibleSpecialEpisode { get; internal set; }

    /// <summary>An episode's own title as written after its numbering ("S01E02 - Pilot" → "Pilot"); null when none.</summary>
    public string? EpisodeTitle { get; internal set; }

    /// <summary>A movie edition: Director's Cut, Extended, IMAX … ("" when none).</summary>
    public string Edition { get; internal set; } = string.Empty;

    public ParsedQuality Quality { get; internal set; } = ParsedQuality.Unknown;

    public string? VideoCodec { get; internal set; }

    public int? BitDepth { get; internal set; }

    /// <summary>HDR10, HDR10+, Dolby Vision, HLG (several may be given).</summary>
    public IReadOnlyList<string> HdrFormats { get; internal set; } = [];

    public string? AudioCodec { get; internal set; }

    /// <summary>Channel layout as written: 2.0, 5.1, 7.1.</summary>
    public string? AudioChannels { get; internal set; }

    /// <summary>Audio languages; [Unknown] when the name states none (English is then likely but not said).</summary>
    public IReadOnlyList<Language> Languages { get; internal set; } = [];

    /// <summary>Languages named as subtitles only.</summary>
    public IReadOnlyList<Language> SubtitleLanguages { get; internal set; } = [];

    public bool IsMultiLanguage { get; internal set; }

    public bool IsDubbed { get; internal set; }

    public bool IsSubbed { get; internal set; }

    /// <summary>Burnt-in subtitles: "Generic" for HC/hardsubs, or the language tag written (KORSUB …).</summary>
    public string? HardcodedSubs { get; internal set; }

    public string? ReleaseGroup { get; internal set; }

    /// <summary>The anime sub group written in leading brackets ([SubsPlease]).</summary>
    public string? SubGroup { get; internal set; }

    /// <summary>The CRC32 anime releases carry in brackets.</summary>
    public string? ReleaseHash { get; internal set; }

    public string? StreamingService { get; internal set; }

    /// <summary>The name is a hash, reversed, or otherwise obfuscated; the folder may say more.</summary>
    public bool IsObfuscated { get; internal set; }

    public string? ImdbId { get; internal set; }

    public int? TmdbId { get; internal set; }
}
