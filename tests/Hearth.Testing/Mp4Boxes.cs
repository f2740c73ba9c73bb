using System.Buffers.Binary;
using System.Text;

namespace Hearth.Testing;

/// <summary>
/// Edits of an MP4's boxes that ffmpeg cannot make: a Dolby Vision configuration box (<c>dvcC</c>, ETSI TS 103 572)
/// added to the first video sample entry, so a test has a file that reads as Dolby Vision without an encoder for it.
/// </summary>
public static class Mp4Boxes
{
    /// <summary>The file with a <c>dvcC</c> box of the given profile, level and base-layer compatibility (1 = HDR10).</summary>
    /// <exception cref="InvalidDataException">There is no HEVC or H.264 video sample entry.</exception>
    public static byte[] WithDolbyVision(byte[] mp4, int profile, int level, int compatibility)
    {
        var top = Children(mp4, 0, mp4.Length).ToList();
        var moov = top.Single(b => b.Type == "moov");
        // with the index first (faststart), growing it moves the media: every chunk offset moves with it
        var indexFirst = top.FindIndex(b => b.Type == "mdat") > top.IndexOf(moov);

        // the path down to the first video sample entry, every box on it grows by the new box's size
        var path = new List<Box> { moov };
        foreach (var type in (string[])["trak", "mdia", "minf", "stbl", "stsd"])
        {
            var parent = path[^1];
            var start = parent.Type == "stsd" ? parent.Start + 16 : parent.Start + 8;
            var children = Children(mp4, start, parent.End).ToList();
            var next = type == "trak" ? children.First(t => IsVideoTrack(mp4, t)) : children.First(c => c.Type == type);
            path.Add(next);
        }

        var stsd = path[^1];
        var entry = Children(mp4, stsd.Start + 16, stsd.End).First();
        path.Add(entry);
        if (entry.Type is not ("hvc1" or "hev1" or "avc1" or "avc3"))
        {
            throw new InvalidDataException($"the video sample entry is {entry.Type}, not HEVC or H.264");
        }

        // appended at the end of the sample entry, after its own fields and its other boxes (hvcC)
        var box = DolbyVisionBox(profile, level, compatibility);
        var result = new byte[mp4.Length + box.Length];
        mp4.AsSpan(0, entry.End).CopyTo(result);
        box.CopyTo(result, entry.End);
        mp4.AsSpan(entry.End).CopyTo(result.AsSpan(entry.End + box.Length));
        foreach (var grown in path)
        {
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(grown.Start), (uint)(grown.End - grown.Start + box.Length));
        }

        if (indexFirst)
        {
            MoveChunks(result, box.Length);
        }

        return result;
    }

    // every track's chunk offsets (stco, or co64 for large files) moved by the bytes inserted before the media
    private static void MoveChunks(byte[] mp4, int by)
    {
        var moov = Children(mp4, 0, mp4.Length).Single(b => b.Type == "moov");
        foreach (var trak in Children(mp4, moov.Start + 8, moov.End).Where(b => b.Type == "trak"))
        {
            var stbl = Descend(mp4, trak, "mdia", "minf", "stbl");
            foreach (var table in stbl is null ? [] : Children(mp4, stbl.Start + 8, stbl.End).Where(b => b.Type is "stco" or "co64"))
            {
                // full box header (version, flags), entry count, then the offsets
                var count = (int)BinaryPrimitives.ReadUInt32BigEndian(mp4.AsSpan(table.Start + 12));
                for (var i = 0; i < count; i++)
                {
                    if (table.Type == "stco")
                    {
                        var at = mp4.AsSpan(table.Start + 16 + (i * 4));
                        BinaryPrimitives.WriteUInt32BigEndian(at, BinaryPrimitives.ReadUInt32BigEndian(at) + (uint)by);
                    }
                    else
                    {
                        var at = mp4.AsSpan(table.Start + 16 + (i * 8));
                        BinaryPrimitives.WriteUInt64BigEndian(at, BinaryPrimitives.ReadUInt64BigEndian(at) + (ulong)by);
                    }
                }
            }
        }
    }

    private static Box? Descend(byte[] mp4, Box from, params string[] types)
    {
        Box? at = from;
        foreach (var type in types)
        {
            at = at is null ? null : Children(mp4, at.Start + 8, at.End).FirstOrDefault(b => b.Type == type);
        }

        return at;
    }

    private static byte[] DolbyVisionBox(int profile, int level, int compatibility)
    {
        var box = new byte[32];
        BinaryPrimitives.WriteUInt32BigEndian(box, 32);
        Encoding.ASCII.GetBytes("dvcC").CopyTo(box, 4);
        box[8] = 1; // dv_version_major
        box[9] = 0; // dv_version_minor
        // dv_profile (7 bits), dv_level (6), rpu_present_flag, el_present_flag, bl_present_flag
        var bits = (profile << 9) | (level << 3) | (1 << 2) | (0 << 1) | 1;
        BinaryPrimitives.WriteUInt16BigEndian(box.AsSpan(10), (ushort)bits);
        box[12] = (byte)(compatibility << 4);
        return box;
    }

    private static bool IsVideoTrack(byte[] mp4, Box trak)
    {
        var mdia = Children(mp4, trak.Start + 8, trak.End).FirstOrDefault(b => b.Type == "mdia");
        var hdlr = mdia is null ? null : Children(mp4, mdia.Start + 8, mdia.End).FirstOrDefault(b => b.Type == "hdlr");
        // hdlr: size, type, version and flags, pre_defined, then the handler type
        return hdlr is not null && Encoding.ASCII.GetString(mp4, hdlr.Start + 16, 4) == "vide";
    }

    private static IEnumerable<Box> Children(byte[] mp4, int start, int end)
    {
        var at = start;
        while (at + 8 <= end)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(mp4.AsSpan(at));
            var type = Encoding.ASCII.GetString(mp4, at + 4, 4);
            if (size < 8 || at + size > end)
            {
                yield break;
            }

            yield return new Box(type, at, at + size);
            at += size;
        }
    }

    private sealed record Box(string Type, int Start, int End);
}
