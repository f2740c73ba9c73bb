namespace Hearth.Releases.Text;

/// <summary>Words that only ever describe the file, never a title: where they start, the title has ended.</summary>
internal static class TagWords
{
    private static readonly WordSet Strong = new(
        "HDTV", "PDTV", "SDTV", "DSR", "TVRIP", "WEBDL", "WEBRIP", "WEBMUX", "BLURAY", "BDRIP", "BRRIP", "DVDRIP", "BDREMUX",
        "REMUX", "X264", "X265", "H264", "H265", "XVID", "DIVX", "HEVC", "AVC", "WEB", "HDRIP", "DVDR", "BD", "UHD", "DVD",
        "BDMUX", "MBLURAY", "UHDBD", "UHDBDRIP", "HDDVD", "CAMRIP", "HDCAM", "TELESYNC", "DVDSCR", "AAC", "AC3", "FLAC",
        "DTS", "DD5", "10BIT", "HI10P", "WEBHD", "NTSC", "PAL", "1080P", "720P", "2160P", "480P", "576P", "1080I", "4K");

    public static bool IsStrongTag(ReadOnlySpan<char> w)
    {
        return Strong.Contains(w) || IsResolution(w);
    }

    public static bool IsResolution(ReadOnlySpan<char> w)
    {
        if (w.Length is 4 or 5 && w[^1] is 'p' or 'P' or 'i' or 'I' && Chars.IsAsciiDigits(w[..^1]))
        {
            return true;
        }
        var x = w.IndexOfAny('x', 'X');
        return x is 3 or 4 && Chars.IsAsciiDigits(w[..x]) && Chars.IsAsciiDigits(w[(x + 1)..]) && w.Length - x - 1 >= 3;
    }

    /// <summary>Tags that end a movie title as well as the strong ones: editions, languages, release flags.</summary>
    public static bool IsMovieTag(ReadOnlySpan<char> w) =>
        IsStrongTag(w) || w.Equals("PROPER", StringComparison.OrdinalIgnoreCase) || w.Equals("REPACK", StringComparison.OrdinalIgnoreCase)
        || w.Equals("LIMITED", StringComparison.OrdinalIgnoreCase) || w.Equals("INTERNAL", StringComparison.OrdinalIgnoreCase)
        || w.SequenceEqual("MULTi") || w.SequenceEqual("MULTI") || w.SequenceEqual("DL") || w.SequenceEqual("ML")
        || w.SequenceEqual("GERMAN") || w.SequenceEqual("FRENCH") || w.SequenceEqual("German") || w.SequenceEqual("TRUEFRENCH");
}
