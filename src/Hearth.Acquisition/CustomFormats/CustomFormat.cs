namespace Hearth.Acquisition.CustomFormats;

/// <summary>What a condition of a custom format looks at.</summary>
public enum ConditionKind
{
    /// <summary>A regular expression on the release title.</summary>
    ReleaseTitle,

    /// <summary>An audio language (or, with <see cref="FormatCondition.ExceptLanguage"/>, any other).</summary>
    Language,

    /// <summary>Where the picture came from: one or more source names (<see cref="SourceNames"/>).</summary>
    Source,

    /// <summary>A resolution in lines: 480, 576, 720, 1080, 2160.</summary>
    Resolution,

    /// <summary>A quality modifier: Remux, BrDisk, RawHd, Screener, Regional, None.</summary>
    QualityModifier,

    /// <summary>Size between <see cref="FormatCondition.Min"/> (exclusive) and <see cref="FormatCondition.Max"/> GB.</summary>
    Size,

    /// <summary>A regular expression on the release group.</summary>
    ReleaseGroup,

    /// <summary>A regular expression on the edition (Director's Cut, IMAX …).</summary>
    Edition,

    /// <summary>A flag the indexer gives the release: Freeleech, Halfleech, DoubleUpload, Internal, Scene …</summary>
    IndexerFlag,

    /// <summary>Series only: SingleEpisode, MultiEpisode or SeasonPack.</summary>
    ReleaseType,

    /// <summary>The release's year between <see cref="FormatCondition.Min"/> and <see cref="FormatCondition.Max"/>.</summary>
    Year,
}

/// <summary>
/// One condition of a custom format, stored by names (never the *arr apps' numbers, which differ between them).
/// </summary>
public sealed record FormatCondition
{
    public required string Name { get; init; }

    public required ConditionKind Kind { get; init; }

    /// <summary>The regex, language, source names (comma-separated), resolution, modifier, flag or release type.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>Size in GB or a year, for <see cref="ConditionKind.Size"/> and <see cref="ConditionKind.Year"/>.</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Language only: match a release in any language but <see cref="Value"/>.</summary>
    public bool ExceptLanguage { get; init; }

    /// <summary>The condition matches when what it looks for is absent.</summary>
    public bool Negate { get; init; }

    /// <summary>The format cannot match without this condition.</summary>
    public bool Required { get; init; }
}

/// <summary>A named set of conditions a release either matches or not; profiles score the formats.</summary>
public sealed record CustomFormat
{
    public int Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Whether renaming writes the format's name into file names (kept for the *arr export).</summary>
    public bool IncludeWhenRenaming { get; init; }

    public required IReadOnlyList<FormatCondition> Conditions { get; init; }
}

/// <summary>
/// The source names a <see cref="ConditionKind.Source"/> condition uses. "Television" and "Bluray" exclude the
/// raw kinds, which have names of their own (as in Sonarr); a Radarr TV or BLURAY condition covers both and is
/// stored as "Television,TelevisionRaw" or "Bluray,BlurayRaw".
/// </summary>
public static class SourceNames
{
    public const string Unknown = "Unknown";
    public const string Cam = "Cam";
    public const string Telesync = "Telesync";
    public const string Telecine = "Telecine";
    public const string Workprint = "Workprint";
    public const string Dvd = "Dvd";
    public const string Television = "Television";
    public const string TelevisionRaw = "TelevisionRaw";
    public const string WebDl = "WebDl";
    public const string WebRip = "WebRip";
    public const string Bluray = "Bluray";
    public const string BlurayRaw = "BlurayRaw";

    public static readonly IReadOnlyList<string> All =
        [Unknown, Cam, Telesync, Telecine, Workprint, Dvd, Television, TelevisionRaw, WebDl, WebRip, Bluray, BlurayRaw];

    /// <summary>The source name of a quality.</summary>
    public static string Of(Releases.Quality.QualityDefinition quality) => quality.Source switch
    {
        Releases.Quality.QualitySource.Cam => Cam,
        Releases.Quality.QualitySource.Telesync => Telesync,
        Releases.Quality.QualitySource.Telecine => Telecine,
        Releases.Quality.QualitySource.Workprint => Workprint,
        Releases.Quality.QualitySource.Dvd => Dvd,
        Releases.Quality.QualitySource.Television => quality.Modifier == Releases.Quality.QualityModifier.RawHd ? TelevisionRaw : Television,
        Releases.Quality.QualitySource.WebDl => WebDl,
        Releases.Quality.QualitySource.WebRip => WebRip,
        Releases.Quality.QualitySource.Bluray => quality.Modifier is Releases.Quality.QualityModifier.Remux or Releases.Quality.QualityModifier.BrDisk ? BlurayRaw : Bluray,
        _ => Unknown,
    };
}
