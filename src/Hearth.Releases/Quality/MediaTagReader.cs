using Hearth.Releases.Text;

namespace Hearth.Releases.Quality;

/// <summary>Reads codec, bit depth, HDR, audio and streaming-service words.</summary>
internal static class MediaTagReader
{
    private enum TagKind
    {
        VideoCodec,
        // H.264, X.265, VC-1, MPEG-2: a codec written as two words
        SplitCodec,
        BitDepth,
        Hdr,
        // HDR10, or HDR10+ when a plus follows
        Hdr10,
        AudioCodec,
        Sdr,
    }

    /// <summary>A media word: its kind, the name recorded for it, and for a codec what it tells the quality decision.</summary>
    private readonly record struct MediaWord(TagKind Kind, string Name = "", int BitDepth = 0, CodecMarks Marks = CodecMarks.None);

    /// <summary>Every codec, bit-depth, HDR and audio word, with the name recorded for it (looked up ignoring case).</summary>
    private static readonly WordMap<MediaWord> MediaWords = new(
    [
        .. Video("x264", CodecMarks.Encoder, "X264", "H264"),
        .. Video("x265", CodecMarks.Encoder, "X265", "H265"),
        .. Video("x266", CodecMarks.Encoder, "X266", "H266"),
        .. Video("HEVC", CodecMarks.DiscCodec, "HEVC"),
        .. Video("AVC", CodecMarks.DiscCodec, "AVC"),
        .. Video("VC-1", CodecMarks.DiscCodec, "VC1"),
        .. Video("MPEG-2", CodecMarks.DiscCodec | CodecMarks.Mpeg2, "MPEG2"),
        .. Video("AV1", CodecMarks.None, "AV1"),
        .. Video("XviD", CodecMarks.Xvid, "XVID"),
        .. Video("DivX", CodecMarks.Xvid, "DIVX"),
        .. Words(new MediaWord(TagKind.SplitCodec), "H", "X", "VC", "MPEG"),
        .. Words(new MediaWord(TagKind.BitDepth, BitDepth: 10), "10BIT", "10BITS", "HI10P", "HI10"),
        .. Words(new MediaWord(TagKind.BitDepth, BitDepth: 8), "8BIT", "8BITS"),
        .. Words(new MediaWord(TagKind.Hdr, "HDR10"), "HDR"),
        .. Words(new MediaWord(TagKind.Hdr10), "HDR10"),
        .. Words(new MediaWord(TagKind.Hdr, "HDR10+"), "HDR10PLUS"),
        .. Words(new MediaWord(TagKind.Hdr, "Dolby Vision"), "DV", "DOVI", "DOLBYVISION"),
        .. Words(new MediaWord(TagKind.Hdr, "HLG"), "HLG"),
        .. Words(new MediaWord(TagKind.Sdr), "SDR"),
        .. Audio("AAC", "AAC"), .. Audio("AC3", "AC3"), .. Audio("EAC3", "EAC3"), .. Audio("DD+", "DDP"), .. Audio("DD", "DD"),
        .. Audio("TrueHD", "TRUEHD"), .. Audio("FLAC", "FLAC"), .. Audio("Opus", "OPUS"), .. Audio("MP3", "MP3"), .. Audio("MP2", "MP2"),
        .. Audio("PCM", "LPCM", "PCM"), .. Audio("Atmos", "ATMOS"), .. Audio("DTS:X", "DTSX"), .. Audio("DTS-HD", "DTSHD"), .. Audio("DTS", "DTS"),
    ]);

    /// <summary>Audio codecs written glued to their channel count: AAC2.0, DD5.1, DDP5.1, TrueHD7.1.</summary>
    private static readonly WordSet GluedAudio = new("AAC", "DD", "DDP", "AC3", "EAC3", "DTS", "FLAC", "OPUS", "TRUEHD", "LPCM");

    /// <summary>True when the word at <paramref name="i"/> is one of these tags (and was recorded).</summary>
    public static bool Read(Scan scan, int i, ref MediaTags tags)
    {
        tags.LastCodec = CodecMarks.None;
        var word = scan.Word(i);
        if (word.Length > 12)
        {
            return false;
        }
        if (MediaWords.TryGet(word, out var known))
        {
            return ReadMediaWord(scan, i, known, ref tags);
        }
        if (ReadGluedAudio(scan, i, ref tags))
        {
            return true;
        }
        if (ReadChannels(scan, i, ref tags))
        {
            // the channel count is recorded, but "5" and "1" stay words for the other readers
            return false;
        }
        var service = StreamingServices.Find(word, scan[i].Depth > 0);
        if (service is not null)
        {
            tags.StreamingService ??= service;
            return true;
        }
        return false;
    }

    private static bool ReadMediaWord(Scan scan, int i, MediaWord word, ref MediaTags tags)
    {
        switch (word.Kind)
        {
            case TagKind.VideoCodec:
                tags.VideoCodec ??= word.Name;
                tags.LastCodec = word.Marks;
                return true;
            case TagKind.SplitCodec:
                return ReadSplitCodec(scan, i, ref tags);
            case TagKind.BitDepth:
                tags.BitDepth ??= word.BitDepth;
                return true;
            case TagKind.Hdr:
                tags.AddHdr(word.Name);
                return true;
            case TagKind.Hdr10:
                tags.AddHdr(scan[i].After == '+' ? "HDR10+" : "HDR10");
                return true;
            case TagKind.AudioCodec:
                tags.AudioCodec ??= word.Name;
                return true;
            default:
                // SDR: nothing to record, but a media tag all the same
                return true;
        }
    }

    // H.264, X.265, H-266, X.vid, VC-1, MPEG-2; the first half alone is no tag
    private static bool ReadSplitCodec(Scan scan, int i, ref MediaTags tags)
    {
        var word = scan.Word(i);
        var next = NextAfterOneChar(scan, i);
        var (codec, marks) = word switch
        {
            "H" or "h" or "X" or "x" when next is "264" => ("x264", CodecMarks.Encoder),
            "H" or "h" or "X" or "x" when next is "265" => ("x265", CodecMarks.Encoder),
            "H" or "h" or "X" or "x" when next is "266" => ("x266", CodecMarks.Encoder),
            "H" or "h" or "X" or "x" when next.Equals("vid", StringComparison.OrdinalIgnoreCase) => ("XviD", CodecMarks.Xvid),
            _ when word.Equals("VC", StringComparison.OrdinalIgnoreCase) && next is "1" => ("VC-1", CodecMarks.DiscCodec),
            _ when word.Equals("MPEG", StringComparison.OrdinalIgnoreCase) && next is "2" => ("MPEG-2", CodecMarks.DiscCodec | CodecMarks.Mpeg2),
            _ => (null, CodecMarks.None),
        };
        if (codec is null)
        {
            return false;
        }
        tags.VideoCodec ??= codec;
        tags.LastCodec = marks;
        return true;
    }

    // AAC2.0, DD5.1, DDP5.1, EAC3 5.1: an audio codec glued to its channel count
    private static bool ReadGluedAudio(Scan scan, int i, ref MediaTags tags)
    {
        var word = scan.Word(i);
        var digit = 0;
        while (digit < word.Length && !char.IsAsciiDigit(word[digit]))
        {
            digit++;
        }
        if (digit <= 1 || digit != word.Length - 1 || !GluedAudio.Contains(word[..digit]) || !MediaWords.TryGet(word[..digit], out var audio))
        {
            return false;
        }
        tags.AudioCodec ??= audio.Name;
        var next = NextAfterOneChar(scan, i);
        if (next.Length == 1 && char.IsAsciiDigit(next[0]))
        {
            tags.AudioChannels ??= $"{word[digit]}.{next[0]}";
        }
        return true;
    }

    // 5.1, 2.0, 7.1 written apart from the codec
    private static bool ReadChannels(Scan scan, int i, ref MediaTags tags)
    {
        var word = scan.Word(i);
        var next = NextAfterOneChar(scan, i);
        if (word.Length == 1 && char.IsAsciiDigit(word[0]) && !next.IsEmpty && scan.Text[scan[i].End] == '.' && next.Length == 1 && next[0] is '0' or '1')
        {
            tags.AudioChannels ??= $"{word[0]}.{next[0]}";
            return true;
        }
        return false;
    }

    /// <summary>The next word when exactly one character (of any kind) separates it from this one, else nothing.</summary>
    private static ReadOnlySpan<char> NextAfterOneChar(Scan scan, int i) =>
        i + 1 < scan.Count && scan[i + 1].Start - scan[i].End == 1 ? scan.Word(i + 1) : default;

    private static IEnumerable<KeyValuePair<string, MediaWord>> Words(MediaWord meaning, params string[] words) =>
        words.Select(w => KeyValuePair.Create(w, meaning));

    private static IEnumerable<KeyValuePair<string, MediaWord>> Video(string name, CodecMarks marks, params string[] words) =>
        Words(new MediaWord(TagKind.VideoCodec, name, Marks: marks), words);

    private static IEnumerable<KeyValuePair<string, MediaWord>> Audio(string name, params string[] words) =>
        Words(new MediaWord(TagKind.AudioCodec, name), words);
}
