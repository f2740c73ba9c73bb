using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hearth.Testing;

namespace Hearth.Library.Tests.Naming.Golden;

/// <summary>
/// The paths naming-golden.tsv records, rebuilt only when the file is rewritten: the layouts Plex,
/// Jellyfin, Kodi, Radarr and Sonarr write (below), every path literal in the library and web tests, and
/// library paths made from each release name of the Sonarr/Radarr corpus (a loose file, a file in its
/// release folder, a file in a "Title (Year)" folder or a show's season folder).
/// </summary>
internal static partial class GoldenPaths
{
    private static readonly string[] Conventions =
    [
        // movies: Plex/Jellyfin/Radarr folders, ids, editions, extras, parts, discs
        "Alien (1979)/Alien (1979).mkv",
        "Alien (1979) [tmdbid-348]/Alien (1979) [tmdbid-348].mkv",
        "Alien (1979) [imdbid-tt0078748]/Alien (1979) [imdbid-tt0078748] - 1080p.mkv",
        "Alien (1979) {tmdb-348}/Alien (1979) {tmdb-348} {edition-Director's Cut}.mkv",
        "Alien (1979) {imdb-tt0078748}/Alien (1979) {imdb-tt0078748} [Bluray-1080p][DTS 5.1][x264]-GRP.mkv",
        "Alien (1979)/Alien (1979) - 2160p.mkv",
        "Alien (1979)/Alien (1979) - Theatrical.mkv",
        "Alien (1979)/Alien (1979) [Remux-2160p HDR].mkv",
        "Alien (1979)/Alien.1979.REMASTERED.2160p.UHD.BluRay.x265.10bit.HDR.TrueHD.7.1.Atmos-GRP.mkv",
        "Alien (1979)/Alien (1979)-featurette.mkv",
        "Alien (1979)/Alien (1979)-behindthescenes.mkv",
        "Alien (1979)/Alien (1979)-short.mkv",
        "Alien (1979)/Alien (1979)-clip.mkv",
        "Alien (1979)/Alien (1979)-other.mkv",
        "Alien (1979)/Alien (1979)-trailer2.mkv",
        "Alien (1979)/Shorts/Early Short.mkv",
        "Alien (1979)/Interviews/Director.mkv",
        "Alien (1979)/Scenes/Chestburster.mkv",
        "Alien (1979)/Other/Poster Gallery.mkv",
        "Alien (1979)/Clips/Clip 1.mkv",
        "Alien (1979)/Behind The Scenes/Set Design.mkv",
        "Alien (1979)/extras/Alien (1979) - Making Of.mkv",
        "Alien (1979)/Alien (1979) - cd1.avi",
        "Alien (1979)/Alien (1979) - cd2.avi",
        "Alien (1979)/Alien (1979) - part1.mkv",
        "Alien (1979)/Alien (1979).part2.mkv",
        "Alien (1979)/Alien (1979) - disc1.mkv",
        "Alien (1979)/Alien (1979) - dvd2.mkv",
        "Alien (1979)/CD1/Alien.avi",
        "Alien (1979)/Disc 2/Alien.avi",
        "Alien (1979)/VIDEO_TS/VIDEO_TS.IFO",
        "Alien (1979)/BDMV/index.bdmv",
        "Alien (1979).iso",
        "Alien (1979).strm",
        "Movies/Alien (1979).mkv",
        "Movies/Sci-Fi/Alien (1979)/Alien (1979).mkv",
        "Alien/Alien.mkv",
        "Alien/Alien 1979.mkv",
        "Alien.mkv",
        "alien.1979.mkv",
        "Alien 1979 1080p.mkv",
        "The Lord of the Rings The Fellowship of the Ring (2001) Extended/The Lord of the Rings The Fellowship of the Ring (2001) Extended.mkv",
        "The.Lord.of.the.Rings.The.Return.of.the.King.2003.EXTENDED.1080p.BluRay.x264-GRP/lotr.rotk.mkv",
        "Star Wars Episode IV - A New Hope (1977)/Star Wars Episode IV - A New Hope (1977).mkv",
        "Mission Impossible - Fallout (2018)/Mission Impossible - Fallout (2018).mkv",
        "Spider-Man No Way Home (2021)/Spider-Man.No.Way.Home.2021.1080p.WEB-DL.DDP5.1.Atmos.H.264-GRP.mkv",
        "M3GAN (2022)/M3GAN (2022).mkv",
        "2012 (2009)/2012 (2009).mkv",
        "2012.2009.1080p.BluRay.x264.mkv",
        "10 Things I Hate About You (1999)/10.Things.I.Hate.About.You.1999.720p.mkv",
        "Fantastic Four (2015)/Fantastic.Four.2015.1080p.mkv",
        "Fantastic Four (2005)/Fantastic Four (2005).mkv",
        "Godzilla Minus One (2023)/Godzilla.Minus.One.2023.JAPANESE.1080p.WEB-DL.mkv",
        "Parasite (2019)/Parasite.2019.KOREAN.1080p.BluRay.x264.mkv",
        "Amélie (2001)/Le Fabuleux Destin d'Amélie Poulain (2001).mkv",
        "Crouching Tiger, Hidden Dragon (2000)/Crouching Tiger, Hidden Dragon (2000).mkv",
        "Dr. Strangelove (1964)/Dr. Strangelove (1964).mkv",
        "Mr. & Mrs. Smith (2005)/Mr. & Mrs. Smith (2005).mkv",
        "WALL·E (2008)/WALL·E (2008).mkv",
        "Léon The Professional (1994)/Léon.The.Professional.1994.mkv",
        "Avengers Age of Ultron (2015) [1080p]/Avengers.Age.of.Ultron.2015.1080p.BluRay.x264-[YTS.AG].mp4",
        "[Group] Movie Title (2010) [BD 1080p HEVC FLAC].mkv",
        "Movie Title (2010)/Movie.Title.2010.PROPER.REPACK.1080p.BluRay.x264-GRP.mkv",
        "Movie Title (2010)/sample.mkv",
        "Movie.Title.2010.1080p.BluRay.x264-GRP/Movie.Title.2010.1080p.BluRay.x264-GRP.mkv",
        "Movie.Title.2010.1080p.BluRay.x264-GRP/grp-movietitle-1080p.mkv",
        "Movie.Title.2010.1080p.BluRay.x264-GRP/0e895c37245186812cb08aab1529cf8ee389dd05.mkv",
        "Movie Title (2010)/Movie Title (2010).en.srt",

        // shows: Sonarr/Plex/Jellyfin seasons, specials, multi-episode, dates, anime, extras, ids
        "Show (2010)/Season 1/Show - S01E02 - Name.mkv",
        "Show (2010)/Season 01/Show (2010) - S01E02 - Name [WEBDL-1080p].mkv",
        "Show (2010) [tvdbid-12345]/Season 01/Show (2010) - S01E02 - Name.mkv",
        "Show (2010) {tvdb-12345}/Season 01/Show (2010) - S01E02 - Name.mkv",
        "Show (2010) [imdbid-tt1234567]/Season 01/Show (2010) - S01E02 - Name.mkv",
        "Show (2010)/Season 1/Show - S01E01-E02 - Two Parts.mkv",
        "Show (2010)/Season 1/Show - S01E01-E02-E03.mkv",
        "Show (2010)/Season 1/Show - S01E01E02.mkv",
        "Show (2010)/Season 1/Show.S01E01E02.720p.HDTV.x264-GRP.mkv",
        "Show (2010)/Season 1/Show - s01e01 - s01e02.mkv",
        "Show (2010)/Season 1/Show - 1x01 - Name.mkv",
        "Show (2010)/Season 1/Show - 1x01-1x02 - Name.mkv",
        "Show (2010)/Season 1/Show - S01E01 - Name - part1.mkv",
        "Show (2010)/Season 1/Show - S01E01 - Name - part2.mkv",
        "Show (2010)/Season 1/Show - S01E01 - Name-trailer.mkv",
        "Show (2010)/Season 1/Show - S01E01 - Name.en.srt",
        "Show (2010)/Season 1/01.mkv",
        "Show (2010)/Season 1/01 - Pilot.mkv",
        "Show (2010)/Season 1/101 - Pilot.mkv",
        "Show (2010)/Season 1/Episode 01.mkv",
        "Show (2010)/Season 1/E01 - Pilot.mkv",
        "Show (2010)/Season 1/Pilot.mkv",
        "Show (2010)/Specials/Show - S00E01 - Special.mkv",
        "Show (2010)/Season 00/Show - S00E01 - Special.mkv",
        "Show (2010)/Season 0/Show - S00E01 - Special.mkv",
        "Show (2010)/Specials/Christmas Special.mkv",
        "Show (2010)/Season 1/Extras/Bloopers.mkv",
        "Show (2010)/Season 1/Featurettes/Making Of.mkv",
        "Show (2010)/Extras/Cast Interviews.mkv",
        "Show (2010)/Behind The Scenes/Set.mkv",
        "Show (2010)/Trailers/Season 1 Trailer.mkv",
        "Show (2010)/Show-trailer.mkv",
        "Show (2010)/theme.mp3",
        "Show (2010)/Season 1/Season 1 Recap-featurette.mkv",
        "Show (2010)/Season 1/Show (2010) - S01E03 - The 2010 Election.mkv",
        "Show (2010)/Season 2 (2011)/Show - S02E01.mkv",
        "Show (2010)/S02/Show.S02E01.1080p.WEB.H264-GRP.mkv",
        "Show (2010)/Season.2/Show.S02E01.1080p.WEB.H264-GRP.mkv",
        "Show (2010)/Show.S02E01.1080p.WEB.H264-GRP/Show.S02E01.1080p.WEB.H264-GRP.mkv",
        "Show (2010)/Show.S02.1080p.WEB.H264-GRP/Show.S02E03.1080p.WEB.H264-GRP.mkv",
        "Show (2010)/Show.S02.1080p.WEB.H264-GRP/0e895c37245186812cb08aab1529cf8ee389dd05.mkv",
        "Show (2010)/Season 1/Show.2010.S01E04.Name.1080p.AMZN.WEB-DL.DDP5.1.H.264-NTb.mkv",
        "Show (2010)/Season 1/Show.S01E05.REPACK.1080p.WEB.H264-GRP.mkv",
        "Show (2010)/Season 1/Show.S01E06.PROPER.Name.720p.HDTV.x264-GRP.mkv",
        "Show (2010)/Season 1/Show.S01E07.Name.Part.1.1080p.WEB.mkv",
        "Show (2010)/Season 1/show.s01e08.name.with.dots.mkv",
        "Show (2010)/Season 1/Show_S01E09_Name_With_Underscores.mkv",
        "Show (2010)/Season 1/Show S01 E10 Name.mkv",
        "Show (2010)/Season 1/Show - Season 1 Episode 11 - Name.mkv",
        "Show (2010)/Season 1/Show - Episode 12.mkv",
        "Show (2010)/Season 1/Show - ep13.mkv",
        "The Daily Show/Season 2020/The Daily Show - 2020-01-31 - Guest.mkv",
        "The Daily Show/The Daily Show 2020-01-31.mkv",
        "The Daily Show/The.Daily.Show.2020.01.31.Guest.Name.1080p.WEB.h264-GRP.mkv",
        "The Daily Show/2020/The Daily Show - 2020.01.31.mkv",
        "Daily Show/Daily Show - 31.01.2020.mkv",
        "Anime (2019)/Season 1/[SubsPlease] Anime - 01 (1080p) [ABCDEF12].mkv",
        "Anime (2019)/Season 1/[SubsPlease] Anime - 12v2 (1080p) [ABCDEF12].mkv",
        "Anime (2019)/[SubsPlease] Anime - 13 (1080p) [ABCDEF12].mkv",
        "Anime/[Group] Anime - 101 [1080p].mkv",
        "Anime/[Group] Anime - 1001 [1080p].mkv",
        "Anime/[Group] Anime Season 2 - 05 [1080p].mkv",
        "Anime/Season 2/[Group] Anime S2 - 05 [1080p].mkv",
        "Anime/Season 1/Anime - S01E01 - 001 - Name.mkv",
        "Anime/Anime - 001 - Name.mkv",
        "Anime/Anime.E01.1080p.mkv",
        "Anime/Anime Ep. 12.mkv",
        "One Piece (1999)/Season 21/One Piece - S21E1001 - Name.mkv",
        "Show/Season 1/Show - S01E01.mkv",
        "Show/Season 1/x.mkv",
        "Show/Show - S01E01.mkv",
        "Show/s01e01.mkv",
        "Show/1x01.mkv",
        "Show.S01E01.mkv",
        "Show S01E01.mkv",
        "Show.Name.S01E01.Pilot.720p.HDTV.x264-GRP.mkv",
        "Show.Name.US.S01E01.720p.HDTV.x264-GRP.mkv",
        "Show.Name.2019.S01E01.720p.HDTV.x264-GRP.mkv",
        "Show.Name.(2019).S01E01.720p.HDTV.x264-GRP.mkv",
        "Show.Name.S01.1080p.BluRay.x264-GRP/Show.Name.S01E01.1080p.BluRay.x264-GRP.mkv",
        "Shows/Show Name/Season 1/Show Name - S01E01.mkv",
        "Doctor Who (2005)/Season 1/Doctor Who (2005) - S01E01 - Rose.mkv",
        "Doctor Who/Season 26/Doctor Who - S26E01 - Battlefield (1).mkv",
        "The Office (US)/Season 2/The Office (US) - S02E01 - The Dundies.mkv",
        "House of Cards (2013)/Season 1/House.of.Cards.2013.S01E01.1080p.mkv",
        "Marvel's Agents of S.H.I.E.L.D. (2013)/Season 1/Marvel's Agents of S.H.I.E.L.D. - S01E01 - Pilot.mkv",
        "Grey's Anatomy (2005)/Season 1/Grey's Anatomy - S01E01 - A Hard Day's Night.mkv",
        "Star Trek The Next Generation/Season 1/Star Trek TNG - 1x01 - Encounter at Farpoint.mkv",
        "24/Season 8/24 - S08E01 - Day 8 4 00 P.M. - 5 00 P.M..mkv",
        "Planet Earth II (2016)/Season 1/Planet.Earth.II.S01E01.Islands.2160p.UHD.BluRay.x265-GRP.mkv",
        "Sherlock (2010)/Season 1/Sherlock - S01E01 - A Study in Pink.mkv",
        "Sherlock (2010)/Specials/Sherlock - S00E01 - The Abominable Bride.mkv",
        "Chernobyl (2019)/Chernobyl.S01E01.1.23.45.1080p.mkv",
        "Band of Brothers/Band.of.Brothers.Part.1.Currahee.mkv",
        "Show/Season 1/Show - S01E01 - Name.eng.forced.srt",
    ];

    public static IEnumerable<(string Kind, string Path, string Expect)> All(string? corpusFolder)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var path in Conventions.Concat(TestLiterals()))
        {
            foreach (var kind in new[] { GoldenRow.Movie, GoldenRow.Show })
            {
                if (seen.Add((kind, path)))
                {
                    yield return (kind, path, "");
                }
            }
        }

        if (corpusFolder is null)
        {
            yield break;
        }

        foreach (var (kind, path, expect) in FromCorpus(Path.Combine(corpusFolder, "radarr.jsonl"), GoldenRow.Movie)
            .Concat(FromCorpus(Path.Combine(corpusFolder, "sonarr.jsonl"), GoldenRow.Show)))
        {
            if (seen.Add((kind, path)))
            {
                yield return (kind, path, expect);
            }
        }
    }

    /// <summary>The corpus beside the repository (&lt;x&gt;/shared/testdata/release-names), or null.</summary>
    public static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "testdata", "release-names");
            if (File.Exists(Path.Combine(candidate, "sonarr.jsonl")))
            {
                return candidate;
            }
        }

        return null;
    }

    // every relative media path written in the library's and the web host's tests
    private static IEnumerable<string> TestLiterals()
    {
        var folders = new[] { "tests/Hearth.Library.Tests", "tests/Hearth.Web.Tests" };
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}Golden{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match m in PathLiteralRegex().Matches(File.ReadAllText(file)))
                {
                    var value = m.Groups["path"].Value.Replace(@"\\", @"\", StringComparison.Ordinal);
                    // absolute paths and ffmpeg argument lines are not library-relative names
                    if (value[0] is not ('/' or '-' or '*'))
                    {
                        found.Add(value);
                    }
                }
            }
        }

        return found;
    }

    private static IEnumerable<(string Kind, string Path, string Expect)> FromCorpus(string file, string kind)
    {
        foreach (var line in File.ReadLines(file))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var release = root.GetProperty("release").GetString()!;
            var expected = root.GetProperty("expected");
            if (string.IsNullOrWhiteSpace(release))
            {
                continue;
            }

            var expect = Expectation(expected);
            var title = Text(expected, "title");
            var year = Number(expected, "year");
            var season = Number(expected, "seasonNumber") ?? Number(expected, "season");
            string name;
            if (release.Contains('\\', StringComparison.Ordinal) || release.Contains('/', StringComparison.Ordinal))
            {
                // a corpus path ("C:\Test\Folder\file.mkv"): its last two segments, as they would sit in a library
                var parts = release.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || release.Contains(" / ", StringComparison.Ordinal))
                {
                    continue;
                }

                yield return (kind, string.Join('/', parts[^2..]), expect);
                continue;
            }

            name = HasVideoExtension(release) ? release : release + ".mkv";
            var folderName = HasVideoExtension(release) ? release[..release.LastIndexOf('.')] : release;
            yield return (kind, name, expect);
            if (kind == GoldenRow.Movie)
            {
                yield return (kind, $"{folderName}/{name}", expect);
                if (title is not null && year is not null && !title.Contains('/', StringComparison.Ordinal))
                {
                    yield return (kind, $"{title} ({year})/{name}", expect);
                }
            }
            else if (title is not null && !title.Contains('/', StringComparison.Ordinal))
            {
                yield return (kind, season is null ? $"{title}/{name}" : $"{title}/Season {season:00}/{name}", expect);
            }
            else
            {
                yield return (kind, $"Show/{name}", expect);
            }
        }
    }

    private static bool HasVideoExtension(string name) =>
        VideoExtensionRegex().IsMatch(name);

    private static string Expectation(JsonElement expected)
    {
        var episodes = expected.TryGetProperty("episodes", out var list) && list.ValueKind == JsonValueKind.Array
            ? string.Join(',', list.EnumerateArray().Select(e => e.ToString()))
            : Number(expected, "episodeNumber")?.ToString(CultureInfo.InvariantCulture) ?? Number(expected, "episode")?.ToString(CultureInfo.InvariantCulture);
        string? aired = null;
        if (Number(expected, "month") is { } month && Number(expected, "day") is { } day && Number(expected, "year") is { } y)
        {
            aired = $"{y:0000}-{month:00}-{day:00}";
        }

        return GoldenRow.Join(
            ("title", Text(expected, "title")),
            ("year", aired is null ? Number(expected, "year")?.ToString(CultureInfo.InvariantCulture) : null),
            ("season", (Number(expected, "seasonNumber") ?? Number(expected, "season"))?.ToString(CultureInfo.InvariantCulture)),
            ("episodes", episodes),
            ("absolute", Number(expected, "absoluteEpisodeNumber")?.ToString(CultureInfo.InvariantCulture)),
            ("aired", aired),
            ("edition", Text(expected, "edition")));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0 ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    [GeneratedRegex(@"""(?<path>[^""\r\n]{2,200}\.(?:mkv|mp4|m4v|avi|m2ts|ts|VOB|vob|iso|strm|wmv|mov|webm))""")]
    private static partial Regex PathLiteralRegex();

    [GeneratedRegex(@"\.(?:mkv|mp4|m4v|avi|m2ts|ts|wmv|mov|webm|mpg|divx|xvid)$", RegexOptions.IgnoreCase)]
    private static partial Regex VideoExtensionRegex();
}
