using Hearth.Releases.Episodes;
using Hearth.Releases.Groups;
using Hearth.Releases.Languages;
using Hearth.Releases.Movies;
using Hearth.Releases.Quality;
using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>One name read in stages: its front, the numbering or the year, the title, the group, the quality, the languages.</summary>
public static partial class ReleaseParser
{
    /// <summary>Where the parts of one name lie, found stage by stage (a struct, so the stages allocate nothing to share them).</summary>
    private struct NameParts
    {
        public string Name;

        /// <summary>Where the release proper starts: after site prefixes, a [SubGroup] and a season marker.</summary>
        public int Start;

        /// <summary>Where the name ends, before the extension.</summary>
        public int End;

        /// <summary>Where the name ends before a trailing [CRC32].</summary>
        public int HashEnd;

        /// <summary>The anime sub group in front ([SubsPlease]); such a name is read as anime.</summary>
        public string? SubGroup;

        public string? Hash;

        public Scan Scan;

        public int TitleStart;

        public int TitleEnd;

        public readonly bool IsAnime => SubGroup is not null;

        /// <summary>Where the title ends, never before it starts: the tags, group and languages come after.</summary>
        public readonly int TitleStop => Math.Max(TitleStart, TitleEnd);
    }

    private static void Fill(ParsedRelease r, string name, int end, string? extension, bool movie)
    {
        var parts = ReadFront(name, end);
        r.SubGroup = parts.SubGroup;
        r.ReleaseHash = parts.Hash;
        var episode = movie ? null : EpisodeScanner.Find(parts.Scan, 0, parts.IsAnime);
        // a file on disk was not released years from now: such a "year" is a number in the title
        var maxYear = movie ? Movies.ReleaseYears.Latest : int.MaxValue;
        if (episode is not null)
        {
            ReadNumbering(r, ref parts, episode);
        }
        else
        {
            ReadMovie(r, ref parts, maxYear);
        }
        if (r.Kind == ReleaseKind.Episode)
        {
            EndAtRepeatedNumbering(ref parts);
            SkipLeadingAirDate(ref parts);
        }
        ReadTitle(r, name, parts.TitleStart, parts.TitleStop, episode, maxYear);
        ReadIds(r, name, parts.Start, parts.HashEnd);
        var group = ReleaseGroupScanner.Find(name, parts.Start, parts.HashEnd, parts.TitleStop, parts.IsAnime, out var groupStart);
        // a CRC32 at the end marks an anime file: its group is the bracket in front, never a scene suffix
        r.ReleaseGroup = parts.SubGroup ?? (parts.Hash is not null && parts.HashEnd < parts.End ? null : group);
        if (r.Kind == ReleaseKind.Episode && episode is not null)
        {
            // the tags end an episode title, not the group: a dash inside a title ("In-Stanity") reads as one
            r.EpisodeTitle = EpisodeTitleScanner.Read(parts.Scan, name, episode.NextToken, parts.HashEnd);
        }
        ReadQuality(r, parts.Scan, groupStart, extension);
        ReadLanguages(r, in parts, group, groupStart);
    }

    private static void ReadNumbering(ParsedRelease r, ref NameParts parts, EpisodeMatch episode)
    {
        parts.TitleEnd = episode.TitleEnd;
        if (episode.Failure is not null)
        {
            r.Failure = episode.Failure;
            return;
        }
        r.Kind = ReleaseKind.Episode;
        if (episode.TitleStart >= 0)
        {
            parts.TitleStart = episode.TitleStart;
        }
        ApplyEpisode(r, episode);
    }

    private static void ApplyEpisode(ParsedRelease r, EpisodeMatch m)
    {
        r.SeasonNumber = m.Season ?? (m.AirDate is null ? null : 0);
        r.Seasons = m.Seasons.Count > 0 ? m.Seasons : m.Season is { } s && m.AirDate is null ? [s] : [];
        r.EpisodeNumbers = m.FullSeason ? [] : m.Episodes;
        r.AbsoluteEpisodeNumbers = m.Absolute;
        r.SpecialAbsoluteEpisodeNumbers = m.SpecialAbsolute;
        r.AirDate = m.AirDate;
        r.DailyPart = m.DailyPart;
        r.IsFullSeason = m.FullSeason && !m.PartialSeason;
        r.IsMultiSeason = m.MultiSeason;
        r.IsPartialSeason = m.PartialSeason;
        r.SeasonPart = m.SeasonPart;
        r.IsSeasonExtra = m.SeasonExtra;
        r.IsMiniSeries = m.MiniSeries;
        r.IsSpecial = m.Special || (m.Season == 0 && m.Absolute.Count == 0 && m.SpecialAbsolute.Count == 0 && m.Episodes.Count > 0);
        r.IsPossibleSpecialEpisode = m.PossibleSpecial || (m.Season == 0 && m.Episodes.Count > 0);
        r.IsSplitEpisode = m.SplitEpisode;
        if (m.Special && m.Absolute.Count > 0)
        {
            r.IsSpecial = true;
        }
    }

    /// <summary>No episode numbering: a movie when it has a year, a tag or an anime group; its title, year and edition.</summary>
    private static void ReadMovie(ParsedRelease r, ref NameParts parts, int maxYear)
    {
        var scan = parts.Scan;
        var (movieEnd, year, movieNext) = MovieScanner.Find(scan, 0, maxYear);
        if (movieEnd < 0)
        {
            // no year: the title runs to the first tag
            parts.TitleStart = scan[movieNext - 1].End + 1;
            parts.TitleEnd = FirstMovieTag(scan, movieNext, parts.HashEnd);
        }
        else
        {
            parts.TitleEnd = movieEnd;
        }
        r.Year = year > 0 ? year : null;
        if (year > 0 || HasMovieTag(scan) || parts.IsAnime)
        {
            r.Kind = ReleaseKind.Movie;
        }
        else
        {
            r.Failure = "no episode numbering, year or quality: not a release name";
        }
        // an edition word that starts the name is the title's ("Uncut.Movie.2019")
        r.Edition = EditionScanner.Read(scan, scan.IndexAt(parts.TitleStart) + 1, scan.Count);
        var yearIndex = scan.IndexAt(parts.TitleStop);
        if (r.Edition.Length == 0 && year > 0 && yearIndex < scan.Count && Chars.IsYear(scan.Word(yearIndex), out _))
        {
            r.Edition = EditionScanner.AfterYear(scan, yearIndex);
        }
    }

    private static int FirstMovieTag(Scan scan, int from, int end)
    {
        for (var i = from; i < scan.Count; i++)
        {
            if (TagWords.IsMovieTag(scan.Word(i)))
            {
                return scan[i].Start;
            }
        }
        return end;
    }

    private static bool HasMovieTag(Scan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            if (TagWords.IsMovieTag(scan.Word(i)) || EditionScanner.StartsEdition(scan, i))
            {
                return true;
            }
        }
        return false;
    }

    // "Original (S2E1) / English (S2E1) (2023)": the numbering repeated after each title
    private static void EndAtRepeatedNumbering(ref NameParts parts)
    {
        var name = parts.Name;
        var titleEnd = parts.TitleEnd;
        if (!(titleEnd > 0 && titleEnd < name.Length && name[titleEnd - 1] == '(' || titleEnd < name.Length && name[titleEnd] == '('))
        {
            return;
        }
        var close = name.IndexOf(')', titleEnd);
        var after = close < 0 ? -1 : close + 1;
        while (after > 0 && after < parts.HashEnd && name[after] == ' ')
        {
            after++;
        }
        if (after > 0 && after < parts.HashEnd && name[after] == '/')
        {
            var nextOpen = name.IndexOf('(', after);
            if (nextOpen > after + 2)
            {
                parts.TitleEnd = nextOpen;
            }
        }
    }

    // "221208 Show ep11": Japanese broadcasts put the air date (YYMMDD) in front of the title
    private static void SkipLeadingAirDate(ref NameParts parts)
    {
        var scan = parts.Scan;
        if (scan.Count > 2 && scan[0].Start == parts.TitleStart && scan[0].Length == 6 && IsShortDate(scan.Word(0)) && scan[1].End < parts.TitleEnd)
        {
            parts.TitleStart = scan[1].Start;
        }
    }

    private static bool IsShortDate(ReadOnlySpan<char> w) =>
        Chars.TryNumber(w, out var n) && n / 100 % 100 is >= 1 and <= 12 && n % 100 is >= 1 and <= 31;

    private static void ReadQuality(ParsedRelease r, Scan scan, int groupStart, string? extension)
    {
        r.Quality = QualityScanner.Read(scan, 0, groupStart, extension, out var tags);
        r.VideoCodec = tags.VideoCodec;
        r.BitDepth = tags.BitDepth;
        r.HdrFormats = tags.Hdr is null ? [] : tags.Hdr;
        r.AudioCodec = tags.AudioCodec;
        r.AudioChannels = tags.AudioChannels;
        r.StreamingService = tags.StreamingService;
    }

    /// <summary>
    /// Languages are read after the title (or after the first word of a name that is not a release),
    /// everywhere but in the group itself ("-SbR Icelandic" has one after the group).
    /// </summary>
    private static void ReadLanguages(ParsedRelease r, in NameParts parts, string? group, int groupStart)
    {
        var name = parts.Name;
        var groupEnd = group is null ? groupStart : Math.Max(groupStart, name.IndexOf(group, Math.Min(groupStart, name.Length), StringComparison.Ordinal) + group.Length);
        var languageFrom = r.Kind == ReleaseKind.Unknown ? 1 : parts.Scan.IndexAt(parts.TitleStop);
        var languages = LanguageScanner.Read(parts.Scan, languageFrom, groupStart, groupEnd);
        if (parts.SubGroup is { } subGroup && (subGroup.Contains("字幕", StringComparison.Ordinal) || subGroup.Contains("字幕組", StringComparison.Ordinal)) && !languages.Audio.Contains(Language.Chinese))
        {
            // a Chinese subtitle group ("…字幕组") releases in Chinese
            languages.Audio.Add(Language.Chinese);
        }
        r.Languages = languages.Audio.Count == 0 ? [Language.Unknown] : languages.Audio;
        r.SubtitleLanguages = languages.Subtitles;
        r.IsMultiLanguage = languages.Multi;
        r.IsDubbed = languages.Dubbed;
        r.IsSubbed = languages.Subbed || languages.Subtitles.Count > 0;
        r.HardcodedSubs = HardcodedSubs.Find(parts.Scan);
    }
}
