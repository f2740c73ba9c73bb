namespace Hearth.Releases.Quality;

/// <summary>Where the picture came from, coarsest first (the order is not a ranking).</summary>
public enum QualitySource
{
    Unknown,
    Cam,
    Telesync,
    Telecine,
    Workprint,
    Dvd,
    Television,
    WebRip,
    WebDl,
    Bluray,
}

/// <summary>What was done to the source: a straight remux, a full disc, a raw broadcast capture …</summary>
public enum QualityModifier
{
    None,
    Screener,
    Regional,
    RawHd,
    Remux,
    BrDisk,
}

/// <summary>Whether a quality fact was read from the name or only guessed from the file extension.</summary>
public enum DetectionSource
{
    Unknown,
    Name,
    Extension,
}

/// <summary>One quality a user can pick, with the name users know (<c>WEBDL-1080p</c>, <c>Bluray-2160p Remux</c>).</summary>
/// <param name="Id">Stable number, for storage.</param>
/// <param name="Name">The display name used by Sonarr and Radarr users.</param>
/// <param name="Rank">Higher is better; the order the decision engine compares by.</param>
public sealed record QualityDefinition(int Id, string Name, QualitySource Source, int Resolution, QualityModifier Modifier, int Rank)
{
    public override string ToString() => Name;
}

/// <summary>The revision of a release: repacks and propers replace an earlier, broken one.</summary>
/// <param name="Version">1 for a first release; PROPER, REPACK and anime v2 raise it.</param>
/// <param name="Real">How many times REAL was written: a REAL release fixes a bad proper of another group.</param>
public sealed record Revision(int Version = 1, int Real = 0, bool IsRepack = false)
{
    public static readonly Revision Default = new();
}

/// <summary>The quality read from a release name.</summary>
public sealed record ParsedQuality(
    QualityDefinition Quality,
    Revision Revision,
    DetectionSource SourceDetection,
    DetectionSource ResolutionDetection)
{
    public QualitySource Source => Quality.Source;

    public int Resolution => Quality.Resolution;

    public QualityModifier Modifier => Quality.Modifier;

    public static readonly ParsedQuality Unknown = new(Qualities.Unknown, Revision.Default, DetectionSource.Unknown, DetectionSource.Unknown);
}
