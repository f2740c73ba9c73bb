using Hearth.Releases.Text;

namespace Hearth.Releases.Quality;

/// <summary>Reads codec, bit depth, HDR, audio and streaming-service words.</summary>
internal static class MediaTagReader
{
    /// <summary>True when the word at <paramref name="i"/> is one of these tags (and was recorded).</summary>
    public static bool Read(Scan scan, int i, ref MediaTags tags)
    {
        tags.LastWasDiscCodec = tags.LastWasEncoder = tags.LastWasXvid = tags.LastWasMpeg2 = false;
        var w = scan.Word(i);
        if (w.Length > 12)
        {
            return false;
        }
        Span<char> buffer = stackalloc char[12];
        var u = buffer[..w.Length];
        w.ToUpperInvariant(u);
        var next = i + 1 < scan.Count ? scan.Word(i + 1) : default;
        var joined = i + 1 < scan.Count && scan[i + 1].Start - scan[i].End == 1;
        switch ((ReadOnlySpan<char>)u)
        {
            case "X264" or "H264":
                tags.VideoCodec ??= "x264";
                tags.LastWasEncoder = true;
                return true;
            case "X265" or "H265":
                tags.VideoCodec ??= "x265";
                tags.LastWasEncoder = true;
                return true;
            case "X266" or "H266":
                tags.VideoCodec ??= "x266";
                tags.LastWasEncoder = true;
                return true;
            case "H" or "X":
                if (joined && next is "264" or "265" or "266")
                {
                    tags.VideoCodec ??= "x" + next.ToString();
                    tags.LastWasEncoder = true;
                    return true;
                }
                if (joined && next.Equals("vid", StringComparison.OrdinalIgnoreCase))
                {
                    tags.VideoCodec ??= "XviD";
                    tags.LastWasXvid = true;
                    return true;
                }
                return false;
            case "HEVC":
                tags.VideoCodec ??= "HEVC";
                tags.LastWasDiscCodec = true;
                return true;
            case "AVC":
                tags.VideoCodec ??= "AVC";
                tags.LastWasDiscCodec = true;
                return true;
            case "VC1":
                tags.VideoCodec ??= "VC-1";
                tags.LastWasDiscCodec = true;
                return true;
            case "VC":
                if (joined && next is "1")
                {
                    tags.VideoCodec ??= "VC-1";
                    tags.LastWasDiscCodec = true;
                    return true;
                }
                return false;
            case "MPEG2":
                tags.VideoCodec ??= "MPEG-2";
                tags.LastWasMpeg2 = tags.LastWasDiscCodec = true;
                return true;
            case "MPEG":
                if (joined && next is "2")
                {
                    tags.VideoCodec ??= "MPEG-2";
                    tags.LastWasMpeg2 = tags.LastWasDiscCodec = true;
                    return true;
                }
                return false;
            case "AV1":
                tags.VideoCodec ??= "AV1";
                return true;
            case "XVID" or "DIVX":
                tags.VideoCodec ??= u.SequenceEqual("XVID") ? "XviD" : "DivX";
                tags.LastWasXvid = true;
                return true;
            case "10BIT" or "10BITS" or "HI10P" or "HI10":
                tags.BitDepth ??= 10;
                return true;
            case "8BIT" or "8BITS":
                tags.BitDepth ??= 8;
                return true;
            case "HDR":
                tags.AddHdr("HDR10");
                return true;
            case "HDR10":
                tags.AddHdr(scan[i].After == '+' ? "HDR10+" : "HDR10");
                return true;
            case "HDR10PLUS":
                tags.AddHdr("HDR10+");
                return true;
            case "DV" or "DOVI" or "DOLBYVISION":
                tags.AddHdr("Dolby Vision");
                return true;
            case "HLG":
                tags.AddHdr("HLG");
                return true;
            case "SDR":
                return true;
            case "AAC" or "AC3" or "EAC3" or "DDP" or "TRUEHD" or "FLAC" or "OPUS" or "MP3" or "LPCM" or "PCM" or "DTS" or "ATMOS" or "DTSX" or "DTSHD" or "DD" or "MP2":
                tags.AudioCodec ??= AudioName(u);
                return true;
            default:
                break;
        }
        // AAC2.0, DD5.1, DDP5.1, EAC3 5.1: an audio codec glued to its channel count
        var digit = 0;
        while (digit < u.Length && !char.IsAsciiDigit(u[digit]))
        {
            digit++;
        }
        if (digit > 1 && digit == u.Length - 1 && u[..digit] is "AAC" or "DD" or "DDP" or "AC3" or "EAC3" or "DTS" or "FLAC" or "OPUS" or "TRUEHD" or "LPCM")
        {
            tags.AudioCodec ??= AudioName(u[..digit]);
            if (joined && next.Length == 1 && char.IsAsciiDigit(next[0]))
            {
                tags.AudioChannels ??= $"{u[digit]}.{next[0]}";
            }
            return true;
        }
        if (u.Length == 1 && char.IsAsciiDigit(u[0]) && joined && scan.Text[scan[i].End] == '.' && next.Length == 1 && next[0] is '0' or '1')
        {
            tags.AudioChannels ??= $"{u[0]}.{next[0]}";
            return false;
        }
        var service = StreamingServices.Find(w, scan[i].Depth > 0);
        if (service is not null)
        {
            tags.StreamingService ??= service;
            return true;
        }
        return false;
    }

    private static string AudioName(ReadOnlySpan<char> upper) => upper switch
    {
        "AAC" => "AAC",
        "AC3" => "AC3",
        "EAC3" => "EAC3",
        "DDP" => "DD+",
        "DD" => "DD",
        "TRUEHD" => "TrueHD",
        "FLAC" => "FLAC",
        "OPUS" => "Opus",
        "MP3" => "MP3",
        "MP2" => "MP2",
        "LPCM" or "PCM" => "PCM",
        "ATMOS" => "Atmos",
        "DTSX" => "DTS:X",
        "DTSHD" => "DTS-HD",
        _ => "DTS",
    };
}
