using Hearth.Releases.Text;

namespace Hearth.Releases.Groups;

/// <summary>The vocabulary that tells a group from a tag, a site or a reposter's mark.</summary>
internal static partial class ReleaseGroupScanner
{
    // tags indexers, reposters and obfuscating uploaders add after the real group
    private static readonly WordSet RepostSuffixes = new(
        "RP", "1", "4P", "4Planet", "Obfuscated", "Obfuscation", "Scrambled", "postbot", "xpost", "AsRequested",
        "AlternativeToRequested", "BUYMORE", "Chamele0n", "GEROV", "NZBgeek", "WhiteRev", "Z0iDS3N", "AlteZachen",
        "RePACKPOST", "sample", "Pre", "RakuvUS", "Rakuv", "Rakuv02", "Rakuvfinhel", "AZAni", "Vanilla");

    // site tags in trailing brackets that are not groups
    private static readonly WordSet SiteTags = new("rartv", "eztv", "ettv", "PublicHD", "rarbg", "TGx", "EZTVx.to", "Batch", "v2", "v3", "v4");

    // words that describe the file, beside the strong tags every scanner knows
    private static readonly WordSet Tags = new(
        "DL", "HD", "MA", "ES", "X", "RIP", "AUDIO", "SUB", "SUBS", "HDR", "HDR10", "SDR", "DV", "10BIT", "8BIT", "BIT", "EAC3", "DDP", "DD", "ATMOS",
        "TRUEHD", "H", "MKV", "MP4", "AVI", "WEBDL", "HDTV", "DTS", "AC3", "AAC", "OPUS", "FLAC", "5", "1", "0", "ENGLISH", "MULTI", "DUAL",
        "HEVC", "AVC", "H264", "H265", "X264", "X265", "10BITS", "HYBRID", "MPEG2", "MPEG", "DVD5", "DVD9", "VC1", "REMUX", "PROPER", "REPACK", "INTERNAL",
        "DDP5", "DD5", "AAC2", "MSUBS", "SOFTSUBS", "DOVI");

    // video codecs as the scene writes them; after one, a dash or a dot is followed only by the group
    private static readonly WordSet Codecs = new("x264", "x265", "h264", "h265", "264", "265", "XviD", "HEVC");

    // source words short enough to be a group's name when they follow the codec (x264-BD, H.264-DL)
    private static readonly WordSet StrongSourceWords = new("BD", "DL", "WEB");

    // the source half of a quality name (Bluray-1080p, WEBDL-720p): what Sonarr, Radarr and Hearth write into file names
    private static readonly WordSet QualityPrefixes = new("Bluray", "BD", "WEBDL", "WEBRip", "HDTV", "SDTV", "Raw", "DVD");

    // YTS.MX, YTS.LT, YTS.AG: the YTS group signs with its site's domain
    private static bool IsYts(ReadOnlySpan<char> w) => w.Length is >= 6 and <= 7 && w.StartsWith("YTS.", StringComparison.OrdinalIgnoreCase);

    private static bool IsCodec(ReadOnlySpan<char> w) => Codecs.Contains(w);

    private static bool IsStrongSourceWord(ReadOnlySpan<char> w) => StrongSourceWords.Contains(w);

    private static bool IsRepostSuffix(ReadOnlySpan<char> w) => RepostSuffixes.Contains(w);

    private static bool IsQualityPrefix(ReadOnlySpan<char> w) => QualityPrefixes.Contains(w);

    // GERDUB, DUBBED: a dub, not a group
    private static bool IsDubbed(ReadOnlySpan<char> w) =>
        w.EndsWith("DUB", StringComparison.OrdinalIgnoreCase) || w.EndsWith("DUBBED", StringComparison.OrdinalIgnoreCase);

    private static bool IsSiteTag(ReadOnlySpan<char> w)
    {
        if (SiteTags.Contains(w))
        {
            return true;
        }
        return w.Contains(".com", StringComparison.OrdinalIgnoreCase) || w.Contains(".to", StringComparison.OrdinalIgnoreCase) && !w.StartsWith("YTS", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsGroupLike(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty || w.Length > 30 || w.ContainsAny(" []()") || Chars.IsHex(w) && w.Length == 8 || IsTag(w) || TagWords.IsResolution(w) || IsQualityName(w))
        {
            return false;
        }
        var letters = 0;
        foreach (var c in w)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '&' or '@'))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters > 0 || w.Length >= 4 && !w.Contains('.');
    }

    /// <summary>
    /// A quality written as one word (Bluray720p, WEBDL-1080p, 1080p-FLAC): what Sonarr, Radarr and
    /// Hearth write into file names, never a group.
    /// </summary>
    private static bool IsQualityName(ReadOnlySpan<char> w)
    {
        foreach (var range in w.Split('-'))
        {
            var part = w[range];
            if (part.Length != w.Length && (IsTag(part) || TagWords.IsResolution(part) || IsQualityPrefix(part)))
            {
                return true;
            }
        }
        var p = w.Length;
        if (p > 4 && w[^1] is 'p' or 'P')
        {
            p--;
            while (p > 0 && char.IsAsciiDigit(w[p - 1]))
            {
                p--;
            }
            return w.Length - 1 - p >= 3 && p > 0 && IsQualityPrefix(w[..p]);
        }
        return false;
    }

    private static bool HasTagBefore(ReadOnlySpan<char> s)
    {
        foreach (var range in s.SplitAny(" .-_"))
        {
            if (IsTag(s[range]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s, out int start)
    {
        s = s.TrimEnd(" -.");
        var sep = s.LastIndexOfAny(" .-_([");
        start = sep + 1;
        return s[(sep + 1)..];
    }

    /// <summary>Words that describe the file: never a group name.</summary>
    private static bool IsTag(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty)
        {
            return false;
        }
        if (TagWords.IsStrongTag(w) || Chars.IsAsciiDigits(w) && w.Length <= 2)
        {
            return true;
        }
        return Tags.Contains(w);
    }
}
