using Hearth.Releases.Text;

namespace Hearth.Releases.Quality;

/// <summary>
/// Reads source, resolution, modifier and revision from the words of a name, following the scene's
/// naming rules: the source tag (WEB-DL, BluRay, HDTV …), a resolution tag (720p, 1920x1080, 4K), and
/// markers for remuxes, disc images and raw captures. A source without a resolution takes the
/// resolution that source has by convention (an XviD rip is SD, a bare BluRay encode 720p).
/// </summary>
internal static partial class QualityScanner
{
    public static ParsedQuality Read(Scan scan, int from, int groupStart, string? extension, out MediaTags tags)
    {
        var f = new QualityFacts();
        tags = new MediaTags();
        // a disc image (.iso, .img) is a full disc whatever the name says
        f.Disk = extension is ".iso" or ".img";
        for (var i = from; i < scan.Count; i++)
        {
            ReadRevision(scan, i, ref f);
            if (scan[i].Start >= groupStart)
            {
                // a repost group tag (-DHD-Remux) is not part of the quality
                continue;
            }
            ReadWord(scan, i, ref f, ref tags);
        }
        return Decide(ref f, extension);
    }

    private static void ReadRevision(Scan scan, int i, ref QualityFacts f)
    {
        var w = scan.Word(i);
        if (w.Equals("PROPER", StringComparison.OrdinalIgnoreCase))
        {
            f.Version = Math.Max(f.Version, 2);
        }
        else if (Chars.StartsWith(w, "REPACK") || Chars.StartsWith(w, "RERIP"))
        {
            var digits = w[(Chars.StartsWith(w, "REPACK") ? 6 : 5)..];
            if (digits.IsEmpty || Chars.TryNumber(digits, out _))
            {
                var n = digits.IsEmpty ? 1 : int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
                f.Version = Math.Max(f.Version, n + 1);
                f.Repack = true;
            }
            else if (w.Equals("REPACKPOST", StringComparison.OrdinalIgnoreCase))
            {
                // a poster's tag, not a repack
            }
        }
        else if (w.SequenceEqual("REAL"))
        {
            // scene rule: REAL is always written in capitals; "Real" is a word of the title
            f.Real++;
        }
        else if (AnimeVersion(w, scan, i, out var v))
        {
            f.Version = Math.Max(f.Version, v);
        }
    }

    // 01v2, S01E01v2, 2018v2, or a lone v2 after a number or in brackets
    private static bool AnimeVersion(ReadOnlySpan<char> w, Scan scan, int i, out int version)
    {
        version = 0;
        var v = w.LastIndexOfAny('v', 'V');
        if (v < 0 || v == w.Length - 1 || w.Length - v > 2 || !char.IsAsciiDigit(w[^1]))
        {
            return false;
        }
        if (v == 0)
        {
            // a lone v2 in brackets or right after the numbering (01 v2, S01E01 v2)
            var lone = scan[i].Depth > 0 || (i > 0 && char.IsAsciiDigit(scan.Word(i - 1)[^1]));
            if (!lone)
            {
                return false;
            }
        }
        else if (!char.IsAsciiDigit(w[v - 1]))
        {
            return false;
        }
        version = w[^1] - '0';
        return version >= 2;
    }

    private static void ReadWord(Scan scan, int i, ref QualityFacts f, ref MediaTags tags)
    {
        var w = scan.Word(i);
        var t = scan[i];
        var next = i + 1 < scan.Count ? scan.Word(i + 1) : default;
        var joinedNext = i + 1 < scan.Count && scan[i + 1].Start - t.End == 1 && scan.Text[t.End] is '-' or '.' or ' ' or '_';

        if (ReadResolution(w, ref f))
        {
            return;
        }
        if (MediaTagReader.Read(scan, i, ref tags))
        {
            if (tags.LastWasDiscCodec)
            {
                f.DiscCodec = true;
            }
            if (tags.LastWasEncoder)
            {
                f.Encoder = true;
            }
            if (tags.LastWasXvid)
            {
                f.Xvid = true;
            }
            if (tags.LastWasMpeg2)
            {
                f.Mpeg2 = true;
            }
            return;
        }

        Span<char> upper = stackalloc char[16];
        var u = w.Length <= 16 ? upper[..w.Length] : [];
        w.ToUpperInvariant(u);
        switch ((ReadOnlySpan<char>)u)
        {
            case "BLURAY" or "BLUERAY" or "MBLURAY" or "BDMUX" or "BDLIGHT" or "UHD2BD":
                f.Bluray = true;
                f.BlurayWord = true;
                return;
            case "UHDBD":
                f.Bluray = true;
                f.Uhd = true;
                return;
            case "BD":
                if (next.Equals("25", StringComparison.Ordinal) || next.Equals("50", StringComparison.Ordinal))
                {
                    f.Disk = true;
                }
                f.Bluray = true;
                return;
            case "BDRIP" or "BRRIP" or "UHDBDRIP" or "HDDVDRIP":
                f.Bluray = true;
                f.Rip = true;
                return;
            case "BDREMUX":
                f.Bluray = true;
                f.Remux = true;
                return;
            case "UHDREMUX":
                f.Bluray = true;
                f.Remux = true;
                f.Uhd = true;
                return;
            case "BD25" or "BD50" or "BD66" or "BD100" or "BDISO" or "BDFULL":
                f.Bluray = true;
                f.Disk = true;
                return;
            case "ISO":
                f.Disk = true;
                return;
            case "HDDVD":
                f.Bluray = true;
                f.HdDvd = true;
                return;
            case "REMUX":
                f.Remux = true;
                return;
            case "WEBDL" or "WEBHD" or "DLMUX":
                f.WebDl = true;
                return;
            case "WEBRIP" or "WEBMUX" or "HDRIP" or "DLRIP" or "WEBDLRIP":
                f.WebRip = true;
                return;
            case "WEB":
                if (joinedNext && (next.Equals("DL", StringComparison.OrdinalIgnoreCase) || Chars.StartsWith(next, "DLMUX")))
                {
                    f.WebDl = true;
                }
                else if (joinedNext && (next.Equals("RIP", StringComparison.OrdinalIgnoreCase) || next.Equals("DLRIP", StringComparison.OrdinalIgnoreCase) || next.Equals("HDRIP", StringComparison.OrdinalIgnoreCase)))
                {
                    f.WebRip = true;
                }
                else
                {
                    f.BareWeb = true;
                    f.BareWebAtEnd |= i == scan.Count - 1 || t.Depth > 0;
                }
                return;
            case "HDTV" or "HDTVRIP":
                f.Tv = true;
                f.HdtvWord = true;
                if (IsWholeBracket(scan, i))
                {
                    // our own naming: [HDTV] is what Sonarr and Hearth write for HDTV-720p
                    f.HdtvBracket = true;
                }
                return;
            case "PDTV" or "SDTV" or "TVRIP" or "DSR" or "DSRIP" or "DTHRIP" or "SATRIP" or "DVBRIP" or "HDTVRIP2":
                f.Tv = true;
                return;
            case "HR":
                f.HighRes = true;
                return;
            case "HD":
                if (joinedNext && next.Equals("TV", StringComparison.OrdinalIgnoreCase))
                {
                    f.Tv = true;
                    f.HdTvSpaced = true;
                }
                else if (joinedNext && next.Equals("DVD", StringComparison.OrdinalIgnoreCase))
                {
                    f.Bluray = true;
                    f.HdDvd = true;
                    f.SkipNextDvd = true;
                }
                else if (joinedNext && next.Equals("CAM", StringComparison.OrdinalIgnoreCase))
                {
                    f.Cam = true;
                }
                return;
            case "SD":
                if (joinedNext && next.Equals("TV", StringComparison.OrdinalIgnoreCase))
                {
                    f.Tv = true;
                    f.SdWord = true;
                }
                return;
            case "BLU" or "BLUE":
                if (joinedNext && next.Equals("RAY", StringComparison.OrdinalIgnoreCase))
                {
                    f.Bluray = true;
                    f.BlurayWord = true;
                }
                return;
            case "RAW":
                if (joinedNext && next.Equals("HD", StringComparison.OrdinalIgnoreCase))
                {
                    f.RawHd = true;
                }
                return;
            case "RAWHD":
                f.RawHd = true;
                return;
            case "DVD":
                if (f.SkipNextDvd)
                {
                    f.SkipNextDvd = false;
                    return;
                }
                f.Dvd = true;
                if (joinedNext && next.Equals("R", StringComparison.OrdinalIgnoreCase))
                {
                    f.DvdR = true;
                }
                return;
            case "DVDRIP" or "NTSC" or "PAL" or "XVIDVD" or "DVDMUX":
                f.Dvd = true;
                return;
            case "DVDR" or "DVD5" or "DVD9" or "MDVDR" or "2XDVD9" or "2XDVD5" or "2DVD5" or "2DVD9":
                f.Dvd = true;
                f.DvdR = true;
                return;
            case "DVDSCR" or "SCREENER" or "SCR" or "DVDSCREENER" or "BDSCR":
                f.Screener = true;
                return;
            case "CAM" or "CAMRIP" or "HDCAM" or "HQCAM" or "NEWCAM" or "HDCAMRIP":
                f.Cam = true;
                return;
            case "TS" or "TSRIP" or "HDTS" or "TELESYNC" or "TELESYNCH" or "PDVD" or "PREDVDRIP":
                f.Telesync = true;
                return;
            case "TC" or "TELECINE" or "HDTC":
                f.Telecine = true;
                return;
            case "WORKPRINT":
                f.Workprint = true;
                return;
            case "R5" or "R6":
                f.Regional = true;
                return;
            case "UHD" or "ULTRAHD":
                f.Uhd = true;
                return;
            case "FHD":
                f.FullHd = true;
                return;
            case "GERMAN":
                // German scene rules name remuxes "German … 1080p.BluRay.AVC" (no encoder, no REMUX tag)
                // (the language tag, not a title word: followed by DL/ML or the resolution)
                f.German |= next.Equals("DL", StringComparison.OrdinalIgnoreCase) || next.Equals("ML", StringComparison.OrdinalIgnoreCase) || TagWords.IsResolution(next);
                return;
            case "COMPLETE":
                if (joinedNext && (next.Equals("BLURAY", StringComparison.OrdinalIgnoreCase) || next.Equals("BLU", StringComparison.OrdinalIgnoreCase)))
                {
                    f.Disk = true;
                }
                return;
            case "ULTRA":
                if (joinedNext && next.Equals("HD", StringComparison.OrdinalIgnoreCase))
                {
                    f.Uhd = true;
                }
                return;
            default:
                break;
        }

        // BD720p, Bluray1080p, [Bluray720p]: a source glued to a resolution
        if (w.Length > 5 && (w[^1] is 'p' or 'P' or 'i' or 'I'))
        {
            var digits = w.Length - 1;
            while (digits > 0 && char.IsAsciiDigit(w[digits - 1]))
            {
                digits--;
            }
            if (digits > 0 && w.Length - 1 - digits >= 3 && ReadResolution(w[digits..], ref f))
            {
                Span<char> buffer = stackalloc char[16];
                var prefix = digits <= 16 ? buffer[..digits] : [];
                w[..digits].ToUpperInvariant(prefix);
                if (prefix is "BD" or "BLURAY")
                {
                    f.Bluray = true;
                    f.BlurayWord = prefix is "BLURAY";
                }
                else if (prefix is "WEBDL")
                {
                    f.WebDl = true;
                }
                else if (prefix is "4KTO")
                {
                    f.Resolution = 0;
                    ReadResolution(w[digits..], ref f);
                }
                return;
            }
        }

        // streaming shops that label their web downloads with a quality: AmazonHD, NetflixUHD, iTunesHD
        if (w.Length > 4 && (Chars.EndsWith(w, "HD") || Chars.EndsWith(w, "SD")) && StreamingServices.IsShopLabel(w))
        {
            f.WebDl = true;
            f.ShopLabel = true;
        }
    }

    private static bool IsWholeBracket(Scan scan, int i)
    {
        var t = scan[i];
        return t.Before == '[' && t.After == ']';
    }

    private static bool ReadResolution(ReadOnlySpan<char> w, ref QualityFacts f)
    {
        int value;
        var x = w.IndexOfAny('x', 'X');
        if (x is 3 or 4 && Chars.ReadNumber(w, 0, out var width) == x && Chars.TryNumber(w[(x + 1)..], out value) && width >= 320)
        {
            Set(ref f, value, true);
            return true;
        }
        if (w.Length is 4 or 5 && (w[^1] is 'p' or 'P' or 'i' or 'I') && Chars.TryNumber(w[..^1], out value))
        {
            if (w[^1] is 'i' or 'I')
            {
                f.Interlaced = true;
            }
            Set(ref f, value, false);
            return true;
        }
        if (w.Equals("4K", StringComparison.OrdinalIgnoreCase))
        {
            f.FourK = true;
            return true;
        }
        if (w.Length > 6 && Chars.StartsWith(w, "4Kto") && ReadResolution(w[4..], ref f))
        {
            return true;
        }
        return false;
    }

    private static void Set(ref QualityFacts f, int value, bool fromSize)
    {
        var r = value switch
        {
            >= 2000 => 2160,
            >= 1400 => 1080,
            >= 1000 => 1080,
            >= 900 => 720,
            >= 700 => 720,
            >= 576 => 576,
            >= 240 => 480,
            _ => 0,
        };
        if (r > 0 && f.Resolution == 0)
        {
            f.Resolution = r;
            f.ResolutionFromSize = fromSize;
        }
    }

}
