using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Releases;
using Hearth.Releases.Quality;

namespace Hearth.Library.Naming;

/// <summary>
/// Parses an episode path relative to a shows library: "Show (2019)/Season 01/Show - S01E02 - Title.mkv"
/// as Sonarr, Plex and Jellyfin write it, plus release-style names, date-based shows, specials, extras
/// folders and episodes placed directly in the show folder or loose at the library root. For an extra,
/// EpisodeTitle holds the extra's readable file name.
/// </summary>
public static partial class EpisodeNaming
{
    public static EpisodePath Parse(string relativePath)
    {
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            throw new ArgumentException("The path is empty.", nameof(relativePath));
        }

        var fileName = MovieNaming.StripExtension(segments[^1]);
        int? folderSeason = null;
        ExtraKind? extra = null;
        for (var i = 1; i < segments.Length - 1; i++)
        {
            folderSeason = SeasonFromFolder(segments[i]) ?? folderSeason;
            extra = Extras.FromFolderName(segments[i]) ?? extra;
        }

        var withoutIds = ProviderIdTags.Extract(fileName, new Dictionary<string, string>());
        var name = TitleCleaner.Normalize(withoutIds);
        var release = ReleaseParser.Parse(withoutIds);
        // a plain name whose only number ends it ("Kill Bill Vol 2", "VTS_01_1") is numbered by no release
        var bareNumber = OnlyABareNumber(name, release);
        var token = (bareNumber ? null : EpisodeToken.FromRelease(release, name))
            ?? EpisodeToken.Marked(name, inSeasonFolder: folderSeason is not null);
        // with an episode marker present only "-word" marks an extra, so "The Trailer" stays a title
        if (Extras.FromFileSuffix(fileName.Trim(), dashOnly: token is not null, out _) is { } suffixKind)
        {
            extra ??= suffixKind;
        }

        CleanName show;
        string showKey;
        if (segments.Length > 1)
        {
            showKey = segments[0];
            show = TitleCleaner.Parse(segments[0]);
        }
        else
        {
            // a loose file names its show before the episode marker ("Show.Name.S01E02.720p"), as the
            // release reader reads it; without a marker the whole name is the show's, read as written
            var fromFile = TitleCleaner.Parse(fileName);
            show = release.Kind == ReleaseKind.Episode && release.TitleWithoutYear.Length > 0 && !bareNumber
                ? new CleanName(release.TitleWithoutYear, release.Year, null, fromFile.ProviderIds)
                : fromFile;
            showKey = show.Title;
        }

        // the folder decides the season (Sonarr's layout); the name only fills in where no folder says
        var season = folderSeason ?? token?.Season;
        return new EpisodePath(
            showKey,
            show.Title,
            show.Year,
            season,
            token?.Episode,
            token?.EpisodeEnd,
            extra is null ? token?.Title : MovieNaming.DisplayName(fileName),
            token?.AirDate,
            extra,
            show.ProviderIds);
    }

    // "Kill Bill Vol 2", "The Part 2", "VTS_01_1": the release parser finds no numbering but a short number
    // that ends the name with nothing before it that announces an episode (" - 01", "Episode 13"), and nothing
    // (a group, a source, a resolution, a codec, a hash) says the name is a release at all
    private static bool OnlyABareNumber(string name, ParsedRelease release) =>
        BareTrailingNumberRegex().IsMatch(name.TrimEnd())
        && release.AirDate is null && !release.IsFullSeason
        && (release.EpisodeNumbers.Count == 0 && (release.AbsoluteEpisodeNumbers.Count > 0 || release.SpecialAbsoluteEpisodeNumbers.Count > 0)
            || release.IsMiniSeries)
        && release.SubGroup is null && release.ReleaseGroup is null && release.ReleaseHash is null
        && release.Quality.SourceDetection != DetectionSource.Name && release.Quality.ResolutionDetection != DetectionSource.Name
        && release.VideoCodec is null && release.AudioCodec is null;

    /// <summary>The season a folder stands for ("Season 01", "S2", "Series 3", "Specials" → 0), or null.</summary>
    public static int? SeasonFromFolder(string name)
    {
        var trimmed = name.Trim();
        if (SpecialsRegex().IsMatch(trimmed))
        {
            return 0;
        }

        var match = SeasonFolderRegex().Match(trimmed);
        return match.Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<!(?:[-~#]|\b(?:ep|episode|episodio))[ ._]*)[ ._]+\d{1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareTrailingNumberRegex();

    [GeneratedRegex(@"^(?:specials?|season[ ._-]*specials?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecialsRegex();

    [GeneratedRegex(
        @"^(?:(?:season|series|staffel|saison|temporada|stagione|seizoen|sezon)[ ._-]*|s)(?<s>\d{1,4})(?![\p{N}])(?:$|[ ._-]|\s*\()",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeasonFolderRegex();
}
