using System.Buffers.Binary;

namespace Hearth.Testing;

/// <summary>
/// Writes a Blu-ray PGS subtitle stream (a <c>.sup</c> file) holding solid rectangles, because ffmpeg cannot
/// encode picture subtitles from text. The layout follows the published segment format: each display set is
/// a presentation composition (PCS), a window (WDS), a palette (PDS), an object (ODS, run-length coded) and
/// an end segment; an empty composition clears the screen.
/// </summary>
public static class PgsSubtitle
{
    private const byte Pcs = 0x16;
    private const byte Wds = 0x17;
    private const byte Pds = 0x14;
    private const byte Ods = 0x15;
    private const byte End = 0x80;

    /// <summary>One white box of <paramref name="width"/>×<paramref name="height"/> at (x, y) on a video of the given size, shown from start to end.</summary>
    public static byte[] Box(int videoWidth, int videoHeight, int x, int y, int width, int height, double start, double end)
    {
        using var output = new MemoryStream();
        var from = Ticks(start);
        Segment(output, from, Pcs, Composition(videoWidth, videoHeight, 0, 0x80, [(x, y)]));
        Segment(output, from, Wds, Window(x, y, width, height));
        // entry 1: white (Y=235, Cr=Cb=128), opaque
        Segment(output, from, Pds, [0, 0, 1, 235, 128, 128, 255]);
        Segment(output, from, Ods, Object(width, height));
        Segment(output, from, End, []);
        var until = Ticks(end);
        Segment(output, until, Pcs, Composition(videoWidth, videoHeight, 1, 0x00, []));
        Segment(output, until, Wds, Window(x, y, width, height));
        Segment(output, until, End, []);
        return output.ToArray();
    }

    private static uint Ticks(double seconds) => (uint)(seconds * 90_000);

    private static void Segment(Stream output, uint pts, byte type, byte[] body)
    {
        var header = new byte[13];
        header[0] = (byte)'P';
        header[1] = (byte)'G';
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(2), pts);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(6), 0);
        header[10] = type;
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(11), (ushort)body.Length);
        output.Write(header);
        output.Write(body);
    }

    private static byte[] Composition(int width, int height, int number, byte state, (int X, int Y)[] objects)
    {
        var body = new List<byte>();
        body.AddRange(U16(width));
        body.AddRange(U16(height));
        body.Add(0x10); // frame rate (ignored by decoders)
        body.AddRange(U16(number));
        body.Add(state);
        body.Add(0); // palette update
        body.Add(0); // palette id
        body.Add((byte)objects.Length);
        foreach (var (x, y) in objects)
        {
            body.AddRange(U16(0)); // object id
            body.Add(0); // window id
            body.Add(0); // not cropped
            body.AddRange(U16(x));
            body.AddRange(U16(y));
        }

        return [.. body];
    }

    private static byte[] Window(int x, int y, int width, int height) => [1, 0, .. U16(x), .. U16(y), .. U16(width), .. U16(height)];

    private static byte[] Object(int width, int height)
    {
        var rle = new List<byte>();
        for (var line = 0; line < height; line++)
        {
            // one run of colour 1 the width of the box, then end of line
            if (width < 64)
            {
                rle.AddRange([0x00, (byte)(0x80 | width), 0x01]);
            }
            else
            {
                rle.AddRange([0x00, (byte)(0xC0 | (width >> 8)), (byte)(width & 0xFF), 0x01]);
            }

            rle.AddRange([0x00, 0x00]);
        }

        var length = rle.Count + 4;
        return [0, 0, 0, 0xC0, (byte)(length >> 16), (byte)(length >> 8), (byte)length, .. U16(width), .. U16(height), .. rle];
    }

    private static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];
}
