using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.CustomFormats;

/// <summary>Which *arr app a custom format's JSON comes from or goes to: their numbers for the same thing differ.</summary>
public enum ArrApp
{
    Radarr,
    Sonarr,
}

/// <summary>
/// The numbers Radarr and Sonarr write in custom-format JSON, read from their sources (Radarr v5–v6: QualitySource,
/// Modifier, Language, IndexerFlags; Sonarr v4: QualitySource, Language, IndexerFlags, ReleaseType). Hearth
/// stores names; these tables translate at import and export.
/// </summary>
internal static class ArrNumbers
{
    /// <summary>Radarr's TV and BLURAY cover the raw kinds Sonarr names apart; see <see cref="SourceNames"/>.</summary>
    public static readonly IReadOnlyDictionary<int, string> RadarrSources = new Dictionary<int, string>
    {
        [1] = SourceNames.Cam,
        [2] = SourceNames.Telesync,
        [3] = SourceNames.Telecine,
        [4] = SourceNames.Workprint,
        [5] = SourceNames.Dvd,
        [6] = $"{SourceNames.Television},{SourceNames.TelevisionRaw}",
        [7] = SourceNames.WebDl,
        [8] = SourceNames.WebRip,
        [9] = $"{SourceNames.Bluray},{SourceNames.BlurayRaw}",
    };

    public static readonly IReadOnlyDictionary<int, string> SonarrSources = new Dictionary<int, string>
    {
        [1] = SourceNames.Television,
        [2] = SourceNames.TelevisionRaw,
        [3] = SourceNames.WebDl,
        [4] = SourceNames.WebRip,
        [5] = SourceNames.Dvd,
        [6] = SourceNames.Bluray,
        [7] = SourceNames.BlurayRaw,
    };

    public static readonly IReadOnlyDictionary<int, QualityModifier> RadarrModifiers = new Dictionary<int, QualityModifier>
    {
        [1] = QualityModifier.Regional,
        [2] = QualityModifier.Screener,
        [3] = QualityModifier.RawHd,
        [4] = QualityModifier.BrDisk,
        [5] = QualityModifier.Remux,
    };

    public static readonly IReadOnlyDictionary<int, IndexerFlags> RadarrFlags = new Dictionary<int, IndexerFlags>
    {
        [1] = IndexerFlags.Freeleech,
        [2] = IndexerFlags.Halfleech,
        [4] = IndexerFlags.DoubleUpload,
        [8] = IndexerFlags.PtpGolden,
        [16] = IndexerFlags.PtpApproved,
        [32] = IndexerFlags.Internal,
        [128] = IndexerFlags.Scene,
        [256] = IndexerFlags.Freeleech75,
        [512] = IndexerFlags.Freeleech25,
        [2048] = IndexerFlags.Nuked,
    };

    public static readonly IReadOnlyDictionary<int, IndexerFlags> SonarrFlags = new Dictionary<int, IndexerFlags>
    {
        [1] = IndexerFlags.Freeleech,
        [2] = IndexerFlags.Halfleech,
        [4] = IndexerFlags.DoubleUpload,
        [8] = IndexerFlags.Internal,
        [16] = IndexerFlags.Scene,
        [32] = IndexerFlags.Freeleech75,
        [64] = IndexerFlags.Freeleech25,
        [128] = IndexerFlags.Nuked,
    };

    public static readonly IReadOnlyDictionary<int, ReleaseType> SonarrReleaseTypes = new Dictionary<int, ReleaseType>
    {
        [1] = ReleaseType.SingleEpisode,
        [2] = ReleaseType.MultiEpisode,
        [3] = ReleaseType.SeasonPack,
    };

    /// <summary>Ids 0–25 are the same in both apps.</summary>
    private static readonly Language[] Shared =
    [
        Language.Unknown, Language.English, Language.French, Language.Spanish, Language.German, Language.Italian,
        Language.Danish, Language.Dutch, Language.Japanese, Language.Icelandic, Language.Chinese, Language.Russian,
        Language.Polish, Language.Vietnamese, Language.Swedish, Language.Norwegian, Language.Finnish, Language.Turkish,
        Language.Portuguese, Language.Flemish, Language.Greek, Language.Korean, Language.Hungarian, Language.Hebrew,
        Language.Lithuanian, Language.Czech,
    ];

    private static readonly Language[] RadarrFrom26 =
    [
        Language.Hindi, Language.Romanian, Language.Thai, Language.Bulgarian, Language.PortugueseBrazil, Language.Arabic,
        Language.Ukrainian, Language.Persian, Language.Bengali, Language.Slovak, Language.Latvian, Language.SpanishLatino,
        Language.Catalan, Language.Croatian, Language.Serbian, Language.Bosnian, Language.Estonian, Language.Tamil,
        Language.Indonesian, Language.Telugu, Language.Macedonian, Language.Slovenian, Language.Malayalam, Language.Kannada,
        Language.Albanian, Language.Afrikaans, Language.Marathi, Language.Tagalog, Language.Urdu, Language.Romansh,
        Language.Mongolian, Language.Georgian,
    ];

    /// <summary>Sonarr v4, then the ids its v5 adds (47 on).</summary>
    private static readonly Language[] SonarrFrom26 =
    [
        Language.Arabic, Language.Hindi, Language.Bulgarian, Language.Malayalam, Language.Ukrainian, Language.Slovak,
        Language.Thai, Language.PortugueseBrazil, Language.SpanishLatino, Language.Romanian, Language.Latvian, Language.Persian,
        Language.Catalan, Language.Croatian, Language.Serbian, Language.Bosnian, Language.Estonian, Language.Tamil,
        Language.Indonesian, Language.Macedonian, Language.Slovenian, Language.Azerbaijani, Language.Uzbek, Language.Malay,
        Language.Urdu, Language.Romansh, Language.Georgian,
    ];

    public const int OriginalLanguageId = -2;

    public static Language? LanguageOf(ArrApp app, int id)
    {
        if (id == OriginalLanguageId)
        {
            return Language.Original;
        }
        if (id >= 0 && id < Shared.Length)
        {
            return Shared[id];
        }
        var rest = app == ArrApp.Radarr ? RadarrFrom26 : SonarrFrom26;
        return id >= 26 && id - 26 < rest.Length ? rest[id - 26] : null;
    }

    public static int? IdOf(ArrApp app, Language language)
    {
        if (language == Language.Original)
        {
            return OriginalLanguageId;
        }
        var shared = Array.IndexOf(Shared, language);
        if (shared >= 0)
        {
            return shared;
        }
        var rest = Array.IndexOf(app == ArrApp.Radarr ? RadarrFrom26 : SonarrFrom26, language);
        return rest >= 0 ? 26 + rest : null;
    }

    public static IReadOnlyDictionary<int, string> Sources(ArrApp app) => app == ArrApp.Radarr ? RadarrSources : SonarrSources;

    public static IReadOnlyDictionary<int, IndexerFlags> Flags(ArrApp app) => app == ArrApp.Radarr ? RadarrFlags : SonarrFlags;
}
