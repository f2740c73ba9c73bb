using Hearth.Releases.Text;
using static Hearth.Releases.Quality.QualityMarks;

namespace Hearth.Releases.Quality;

/// <summary>The scanner's vocabulary: source, disc, rip and pre-release words, and what each one marks.</summary>
internal static partial class QualityScanner
{
    /// <summary>A rule for a word whose meaning depends on the words around it.</summary>
    private delegate void NeighbourRule(Scan scan, int i, ref QualityFacts facts);

    /// <summary>
    /// What a quality word says: the facts it marks wherever it stands, the facts it marks when one of
    /// <paramref name="Pairs"/> follows it joined by one separator (HD-TV, Blu-Ray; the first that matches
    /// wins), and a rule for anything else its neighbours decide.
    /// </summary>
    private readonly record struct QualityWord(QualityMarks Marks, (string Next, QualityMarks Marks)[]? Pairs = null, NeighbourRule? Rule = null);

    /// <summary>Every word the scanner reads as a quality, written as the scene writes it (looked up ignoring case).</summary>
    private static readonly WordMap<QualityWord> QualityWords = new(
    [
        .. Words(Bluray | BlurayWord, "BLURAY", "BLUERAY", "MBLURAY", "BDMUX", "BDLIGHT", "UHD2BD"),
        .. Words(Bluray | Uhd, "UHDBD"),
        .. Words(Bluray | Rip, "BDRIP", "BRRIP", "UHDBDRIP", "HDDVDRIP"),
        .. Words(Bluray | Remux, "BDREMUX"),
        .. Words(Bluray | Remux | Uhd, "UHDREMUX"),
        .. Words(Bluray | Disk, "BD25", "BD50", "BD66", "BD100", "BDISO", "BDFULL"),
        .. Words(Bluray | HdDvd, "HDDVD"),
        .. Words(Disk, "ISO"),
        .. Words(Remux, "REMUX"),
        .. Words(WebDl, "WEBDL", "WEBHD", "DLMUX"),
        .. Words(WebRip, "WEBRIP", "WEBMUX", "HDRIP", "DLRIP", "WEBDLRIP"),
        .. Words(Tv, "PDTV", "SDTV", "TVRIP", "DSR", "DSRIP", "DTHRIP", "SATRIP", "DVBRIP", "HDTVRIP2"),
        .. Words(HighRes, "HR"),
        .. Words(Dvd, "DVDRIP", "NTSC", "PAL", "XVIDVD", "DVDMUX"),
        .. Words(Dvd | DvdR, "DVDR", "DVD5", "DVD9", "MDVDR", "2XDVD9", "2XDVD5", "2DVD5", "2DVD9"),
        .. Words(Screener, "DVDSCR", "SCREENER", "SCR", "DVDSCREENER", "BDSCR"),
        .. Words(Cam, "CAM", "CAMRIP", "HDCAM", "HQCAM", "NEWCAM", "HDCAMRIP"),
        .. Words(Telesync, "TS", "TSRIP", "HDTS", "TELESYNC", "TELESYNCH", "PDVD", "PREDVDRIP"),
        .. Words(Telecine, "TC", "TELECINE", "HDTC"),
        .. Words(Workprint, "WORKPRINT"),
        .. Words(Regional, "R5", "R6"),
        .. Words(Uhd, "UHD", "ULTRAHD"),
        .. Words(FullHd, "FHD"),
        .. Words(RawHd, "RAWHD"),
        Word("HD", pairs: [("TV", Tv | HdTvSpaced), ("DVD", Bluray | HdDvd | SkipNextDvd), ("CAM", Cam)]),
        Word("SD", pairs: [("TV", Tv | SdWord)]),
        Word("BLU", pairs: [("RAY", Bluray | BlurayWord)]),
        Word("BLUE", pairs: [("RAY", Bluray | BlurayWord)]),
        Word("RAW", pairs: [("HD", RawHd)]),
        Word("ULTRA", pairs: [("HD", Uhd)]),
        Word("COMPLETE", pairs: [("BLURAY", Disk), ("BLU", Disk)]),
        Word("WEB", rule: ReadWeb),
        Word("DVD", rule: ReadDvd),
        Word("BD", Bluray, rule: ReadDiscSize),
        Word("HDTV", Tv | HdtvWord, rule: ReadHdtvBracket),
        Word("HDTVRIP", Tv | HdtvWord, rule: ReadHdtvBracket),
        Word("GERMAN", rule: ReadGermanTag),
    ]);

    private static void ReadQualityWord(Scan scan, int i, QualityWord word, ref QualityFacts f)
    {
        f.Mark(word.Marks);
        if (word.Pairs is not null)
        {
            var next = JoinedNext(scan, i);
            foreach (var (second, marks) in word.Pairs)
            {
                if (next.Equals(second, StringComparison.OrdinalIgnoreCase))
                {
                    f.Mark(marks);
                    break;
                }
            }
        }
        word.Rule?.Invoke(scan, i, ref f);
    }

    // WEB-DL and WEB-Rip are the two web sources; a bare WEB is weighed later, with what else the name says
    private static void ReadWeb(Scan scan, int i, ref QualityFacts f)
    {
        var next = JoinedNext(scan, i);
        if (next.Equals("DL", StringComparison.OrdinalIgnoreCase) || Chars.StartsWith(next, "DLMUX"))
        {
            f.WebDl = true;
        }
        else if (next.Equals("RIP", StringComparison.OrdinalIgnoreCase) || next.Equals("DLRIP", StringComparison.OrdinalIgnoreCase) || next.Equals("HDRIP", StringComparison.OrdinalIgnoreCase))
        {
            f.WebRip = true;
        }
        else
        {
            f.BareWeb = true;
            f.BareWebAtEnd |= i == scan.Count - 1 || scan[i].Depth > 0;
        }
    }

    // the DVD of HD-DVD was read with its HD; DVD-R is a full disc
    private static void ReadDvd(Scan scan, int i, ref QualityFacts f)
    {
        if (f.SkipNextDvd)
        {
            f.SkipNextDvd = false;
            return;
        }
        f.Dvd = true;
        if (JoinedNext(scan, i).Equals("R", StringComparison.OrdinalIgnoreCase))
        {
            f.DvdR = true;
        }
    }

    // BD 25, BD 50: the size of a full Blu-ray disc
    private static void ReadDiscSize(Scan scan, int i, ref QualityFacts f)
    {
        var next = Next(scan, i);
        if (next.Equals("25", StringComparison.Ordinal) || next.Equals("50", StringComparison.Ordinal))
        {
            f.Disk = true;
        }
    }

    // our own naming: [HDTV] is what Sonarr and Hearth write for HDTV-720p
    private static void ReadHdtvBracket(Scan scan, int i, ref QualityFacts f)
    {
        var t = scan[i];
        if (t.Before == '[' && t.After == ']')
        {
            f.HdtvBracket = true;
        }
    }

    // German scene rules name remuxes "German … 1080p.BluRay.AVC" (no encoder, no REMUX tag)
    // (the language tag, not a title word: followed by DL/ML or the resolution)
    private static void ReadGermanTag(Scan scan, int i, ref QualityFacts f)
    {
        var next = Next(scan, i);
        f.German |= next.Equals("DL", StringComparison.OrdinalIgnoreCase) || next.Equals("ML", StringComparison.OrdinalIgnoreCase) || TagWords.IsResolution(next);
    }

    private static ReadOnlySpan<char> Next(Scan scan, int i) => i + 1 < scan.Count ? scan.Word(i + 1) : default;

    /// <summary>The next word when one separator joins it to this one (WEB-DL, HD.TV, Blu Ray), else nothing.</summary>
    private static ReadOnlySpan<char> JoinedNext(Scan scan, int i)
    {
        if (i + 1 >= scan.Count)
        {
            return default;
        }
        var end = scan[i].End;
        return scan[i + 1].Start - end == 1 && scan.Text[end] is '-' or '.' or ' ' or '_' ? scan.Word(i + 1) : default;
    }

    private static IEnumerable<KeyValuePair<string, QualityWord>> Words(QualityMarks marks, params string[] words) =>
        words.Select(w => KeyValuePair.Create(w, new QualityWord(marks)));

    private static KeyValuePair<string, QualityWord> Word(string word, QualityMarks marks = None, (string, QualityMarks)[]? pairs = null, NeighbourRule? rule = null) =>
        KeyValuePair.Create(word, new QualityWord(marks, pairs, rule));
}
