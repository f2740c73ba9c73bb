using Hearth.Core.Indexers;
using Hearth.Releases;
using Hearth.Releases.Languages;

namespace Hearth.Acquisition.CustomFormats;

/// <summary>Flags an indexer gives a release, named as the *arr apps name them.</summary>
[Flags]
public enum IndexerFlags
{
    None = 0,
    Freeleech = 1,
    Halfleech = 2,
    DoubleUpload = 4,
    PtpGolden = 8,
    PtpApproved = 16,
    Internal = 32,
    Scene = 64,
    Freeleech75 = 128,
    Freeleech25 = 256,
    Nuked = 512,
}

/// <summary>How many episodes a series release holds.</summary>
public enum ReleaseType
{
    Unknown,
    SingleEpisode,
    MultiEpisode,
    SeasonPack,
}

/// <summary>
/// What custom formats and specifications look at for one release: the indexer's description and the name
/// parsed once. The languages are those the name states, or the title's own language when it states none
/// (a release name without a language is in the original language by convention).
/// </summary>
public sealed class ReleaseFacts
{
    public ReleaseFacts(IndexerRelease release, ParsedRelease parsed, Language? originalLanguage)
    {
        Release = release;
        Parsed = parsed;
        Flags = FlagsOf(release);
        Type = TypeOf(parsed);
        Languages = parsed.Languages.Count == 0 || parsed.Languages is [Language.Unknown]
            ? [originalLanguage is null or Language.Unknown ? Language.English : originalLanguage.Value]
            : parsed.Languages.Select(l => l == Language.Original && originalLanguage is { } o and not Language.Unknown ? o : l).ToList();
    }

    public IndexerRelease Release { get; }

    public ParsedRelease Parsed { get; }

    public string Title => Release.Title;

    public IndexerFlags Flags { get; }

    public ReleaseType Type { get; }

    public IReadOnlyList<Language> Languages { get; }

    /// <summary>Reads the flags Torznab states as volume factors (0 is freeleech, 0.5 halfleech, upload 2 double).</summary>
    public static IndexerFlags FlagsOf(IndexerRelease release)
    {
        var flags = IndexerFlags.None;
        switch (release.DownloadVolumeFactor)
        {
            case 0:
                flags |= IndexerFlags.Freeleech;
                break;
            case 0.25:
                flags |= IndexerFlags.Freeleech75;
                break;
            case 0.5:
                flags |= IndexerFlags.Halfleech;
                break;
            case 0.75:
                flags |= IndexerFlags.Freeleech25;
                break;
            default:
                break;
        }
        if (release.UploadVolumeFactor is 2)
        {
            flags |= IndexerFlags.DoubleUpload;
        }
        return flags;
    }

    public static ReleaseType TypeOf(ParsedRelease parsed) => parsed switch
    {
        { Kind: ReleaseKind.Movie } => ReleaseType.Unknown,
        { IsFullSeason: true } or { IsMultiSeason: true } => ReleaseType.SeasonPack,
        { EpisodeNumbers.Count: > 1 } or { AbsoluteEpisodeNumbers.Count: > 1 } => ReleaseType.MultiEpisode,
        { EpisodeNumbers.Count: 1 } or { AbsoluteEpisodeNumbers.Count: 1 } or { AirDate: not null } => ReleaseType.SingleEpisode,
        _ => ReleaseType.Unknown,
    };
}
