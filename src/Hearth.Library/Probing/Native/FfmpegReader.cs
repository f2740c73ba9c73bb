using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Hearth.Library.Probing.Native;

/// <summary>
/// Reads a media file with FFmpeg's libraries in this process and writes what <c>ffprobe -show_format -show_streams</c>
/// would print for it, as JSON of the same shape (the members <see cref="FfprobeOutputMapper"/> reads, derived as
/// ffprobe derives them), so one mapper serves both and a golden test can hold the two equal. With the tail, also the
/// times of the packets after a seek past the end, as ffprobe's <c>-read_intervals 999999999%</c> prints them.
/// Runs in the probe worker process only: a crash in native code on a hostile file must not take the server down.
/// </summary>
internal static class FfmpegReader
{
    private const int MediaVideo = 0;
    private const int MediaAudio = 1;
    private const int UnknownProfile = -99;
    private const int Unspecified = 2;
    private const long NoTime = long.MinValue;
    private const int TimeBase = 1_000_000;
    private const int DoviConfiguration = 29;

    // how many packets after the seek past the end are read at most: the last keyframe's group of pictures
    private const int MaxTailPackets = 4_096;

    private static readonly (string Name, int Bit)[] Dispositions =
    [
        ("default", 0x1), ("dub", 0x2), ("original", 0x4), ("comment", 0x8), ("lyrics", 0x10), ("karaoke", 0x20),
        ("forced", 0x40), ("hearing_impaired", 0x80), ("visual_impaired", 0x100), ("clean_effects", 0x200),
        ("attached_pic", 0x400), ("timed_thumbnails", 0x800), ("captions", 0x10000), ("descriptions", 0x20000),
        ("metadata", 0x40000), ("dependent", 0x80000), ("still_image", 0x100000),
    ];

    /// <summary>
    /// The file's ffprobe-shaped JSON, or the reason FFmpeg gave for not reading it ("Invalid data found when processing
    /// input") with what its libraries logged meanwhile, as ffprobe's error output would have it.
    /// </summary>
    public static (string? Json, string? Error, string Log) Read(AvLayout layout, string path, bool withTail)
    {
        AvLog.Take();
        var (json, error) = ReadFile(layout, path, withTail);
        return (json, error, AvLog.Take());
    }

    private static (string? Json, string? Error) ReadFile(AvLayout layout, string path, bool withTail)
    {
        nint context = 0;
        // "file:" stops a name such as "concat:x" or "http:..." from being read as a protocol, as for ffprobe
        var opened = AvNative.avformat_open_input(ref context, "file:" + path, 0, 0);
        if (opened < 0)
        {
            return (null, ErrorText(opened));
        }

        try
        {
            var found = AvNative.avformat_find_stream_info(context, 0);
            if (found < 0)
            {
                return (null, ErrorText(found));
            }

            var output = new ArrayBufferWriter<byte>(4096);
            using (var json = new Utf8JsonWriter(output))
            {
                json.WriteStartObject();
                if (withTail)
                {
                    WriteTail(json, layout, context);
                }

                WriteStreams(json, layout, context);
                WriteFormat(json, layout, context);
                json.WriteEndObject();
            }

            return (Encoding.UTF8.GetString(output.WrittenSpan), null);
        }
        finally
        {
            AvNative.avformat_close_input(ref context);
        }
    }

    private static void WriteStreams(Utf8JsonWriter json, AvLayout layout, nint context)
    {
        json.WriteStartArray("streams");
        var count = Marshal.ReadInt32(context, AvLayout.FormatStreamCount);
        var streams = Marshal.ReadIntPtr(context, AvLayout.FormatStreams);
        for (var i = 0; i < count; i++)
        {
            WriteStream(json, layout, Marshal.ReadIntPtr(streams, i * IntPtr.Size));
        }

        json.WriteEndArray();
    }

    private static void WriteStream(Utf8JsonWriter json, AvLayout layout, nint stream)
    {
        var par = Marshal.ReadIntPtr(stream, layout.StreamCodecpar);
        var type = Marshal.ReadInt32(par, AvLayout.ParCodecType);
        var codec = Marshal.ReadInt32(par, AvLayout.ParCodecId);
        json.WriteStartObject();
        json.WriteNumber("index", Marshal.ReadInt32(stream, layout.StreamIndex));
        var descriptor = AvNative.avcodec_descriptor_get(codec);
        if (descriptor != 0 && Text(Marshal.ReadIntPtr(descriptor, AvLayout.DescriptorName)) is { } name)
        {
            json.WriteString("codec_name", name);
        }

        var profile = Marshal.ReadInt32(par, layout.ParProfile);
        if (Text(AvNative.avcodec_profile_name(codec, profile)) is { } profileName)
        {
            json.WriteString("profile", profileName);
        }
        else if (profile != UnknownProfile)
        {
            json.WriteString("profile", profile.ToString(CultureInfo.InvariantCulture));
        }

        if (MediaType(type) is { } media)
        {
            json.WriteString("codec_type", media);
        }

        json.WriteString("codec_tag_string", FourCc((uint)Marshal.ReadInt32(par, AvLayout.ParCodecTag)));
        var format = Marshal.ReadInt32(par, layout.ParFormat);
        if (type == MediaVideo)
        {
            json.WriteNumber("width", Marshal.ReadInt32(par, layout.ParWidth));
            json.WriteNumber("height", Marshal.ReadInt32(par, layout.ParHeight));
            if (Text(AvNative.av_get_pix_fmt_name(format)) is { } pixelFormat)
            {
                json.WriteString("pix_fmt", pixelFormat);
            }

            json.WriteNumber("level", Marshal.ReadInt32(par, layout.ParLevel));
            var transfer = Marshal.ReadInt32(par, layout.ParColorTransfer);
            if (transfer != Unspecified && Text(AvNative.av_color_transfer_name(transfer)) is { } transferName)
            {
                json.WriteString("color_transfer", transferName);
            }

            var primaries = Marshal.ReadInt32(par, layout.ParColorPrimaries);
            if (primaries != Unspecified && Text(AvNative.av_color_primaries_name(primaries)) is { } primariesName)
            {
                json.WriteString("color_primaries", primariesName);
            }
        }
        else if (type == MediaAudio)
        {
            json.WriteString("sample_rate", Marshal.ReadInt32(par, layout.ParSampleRate).ToString(CultureInfo.InvariantCulture));
            var channelLayout = par + layout.ParChannelLayout;
            json.WriteNumber("channels", Marshal.ReadInt32(channelLayout, AvLayout.ChannelLayoutCount));
            // an unspecified order has no layout to name
            if (Marshal.ReadInt32(channelLayout, AvLayout.ChannelLayoutOrder) != 0 && LayoutName(channelLayout) is { } layoutName)
            {
                json.WriteString("channel_layout", layoutName);
            }
        }

        json.WriteString("r_frame_rate", Ratio(stream + layout.StreamRealFrameRate));
        json.WriteString("avg_frame_rate", Ratio(stream + layout.StreamAvgFrameRate));
        var duration = Marshal.ReadInt64(stream, layout.StreamDuration);
        if (duration != NoTime)
        {
            json.WriteString("duration", Seconds(duration, stream + layout.StreamTimeBase));
        }

        var bitrate = Marshal.ReadInt64(par, layout.ParBitRate);
        if (bitrate > 0)
        {
            json.WriteString("bit_rate", bitrate.ToString(CultureInfo.InvariantCulture));
        }

        var bits = Marshal.ReadInt32(par, layout.ParBitsPerRawSample);
        if (bits > 0)
        {
            json.WriteString("bits_per_raw_sample", bits.ToString(CultureInfo.InvariantCulture));
        }

        var disposition = Marshal.ReadInt32(stream, layout.StreamDisposition);
        json.WriteStartObject("disposition");
        foreach (var (flag, bit) in Dispositions)
        {
            json.WriteNumber(flag, (disposition & bit) != 0 ? 1 : 0);
        }

        json.WriteEndObject();
        WriteTags(json, Marshal.ReadIntPtr(stream, layout.StreamMetadata));
        WriteSideData(json, layout, stream, par);
        json.WriteEndObject();
    }

    private static void WriteTags(Utf8JsonWriter json, nint dictionary)
    {
        if (dictionary == 0)
        {
            return;
        }

        json.WriteStartObject("tags");
        nint entry = 0;
        while ((entry = AvNative.av_dict_get(dictionary, string.Empty, entry, AvNative.DictIgnoreSuffix)) != 0)
        {
            if (Text(Marshal.ReadIntPtr(entry, 0)) is { } key)
            {
                json.WriteString(key, Text(Marshal.ReadIntPtr(entry, IntPtr.Size)) ?? string.Empty);
            }
        }

        json.WriteEndObject();
    }

    // the stream's side data: on the codec parameters from FFmpeg 6.1, on the stream before
    private static void WriteSideData(Utf8JsonWriter json, AvLayout layout, nint stream, nint par)
    {
        var (list, count) = layout.ParSideData >= 0
            ? (Marshal.ReadIntPtr(par, layout.ParSideData), Marshal.ReadInt32(par, layout.ParSideDataCount))
            : (Marshal.ReadIntPtr(stream, layout.StreamSideData), Marshal.ReadInt32(stream, layout.StreamSideDataCount));
        if (list == 0 || count <= 0)
        {
            return;
        }

        json.WriteStartArray("side_data_list");
        for (var i = 0; i < count; i++)
        {
            var entry = list + (i * AvLayout.SideDataStride);
            var type = Marshal.ReadInt32(entry, AvLayout.SideDataType);
            json.WriteStartObject();
            json.WriteString("side_data_type", Text(AvNative.av_packet_side_data_name(type)) ?? "unknown");
            var data = Marshal.ReadIntPtr(entry, 0);
            if (type == DoviConfiguration && data != 0 && Marshal.ReadInt64(entry, AvLayout.SideDataSize) >= 8)
            {
                // the configuration record's first eight bytes, as ffprobe prints them
                string[] names = ["dv_version_major", "dv_version_minor", "dv_profile", "dv_level", "rpu_present_flag", "el_present_flag", "bl_present_flag", "dv_bl_signal_compatibility_id"];
                for (var b = 0; b < names.Length; b++)
                {
                    json.WriteNumber(names[b], Marshal.ReadByte(data, b));
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFormat(Utf8JsonWriter json, AvLayout layout, nint context)
    {
        json.WriteStartObject("format");
        var input = Marshal.ReadIntPtr(context, AvLayout.FormatInputFormat);
        if (input != 0 && Text(Marshal.ReadIntPtr(input, 0)) is { } name)
        {
            json.WriteString("format_name", name);
        }

        var duration = Marshal.ReadInt64(context, layout.FormatDuration);
        if (duration != NoTime)
        {
            json.WriteString("duration", (duration * (1 / (double)TimeBase)).ToString("F6", CultureInfo.InvariantCulture));
        }

        var bitrate = Marshal.ReadInt64(context, layout.FormatBitRate);
        if (bitrate > 0)
        {
            json.WriteString("bit_rate", bitrate.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    // after a seek past the end, the packets the file really holds at its end: their times say where it stops
    private static void WriteTail(Utf8JsonWriter json, AvLayout layout, nint context)
    {
        json.WriteStartArray("packets");
        if (AvNative.avformat_seek_file(context, -1, long.MinValue + 1, 999_999_999L * TimeBase, long.MaxValue, 0) >= 0)
        {
            var packet = AvNative.av_packet_alloc();
            try
            {
                var streams = Marshal.ReadIntPtr(context, AvLayout.FormatStreams);
                for (var read = 0; read < MaxTailPackets && AvNative.av_read_frame(context, packet) >= 0; read++)
                {
                    var stream = Marshal.ReadIntPtr(streams, Marshal.ReadInt32(packet, AvLayout.PacketStreamIndex) * IntPtr.Size);
                    var pts = Marshal.ReadInt64(packet, AvLayout.PacketPts);
                    json.WriteStartObject();
                    if (pts != NoTime)
                    {
                        json.WriteString("pts_time", Seconds(pts, stream + layout.StreamTimeBase));
                    }

                    json.WriteString("duration_time", Seconds(Marshal.ReadInt64(packet, AvLayout.PacketDuration), stream + layout.StreamTimeBase));
                    json.WriteEndObject();
                    AvNative.av_packet_unref(packet);
                }
            }
            finally
            {
                AvNative.av_packet_free(ref packet);
            }
        }

        json.WriteEndArray();
    }

    private static string? MediaType(int type) => type switch
    {
        0 => "video",
        1 => "audio",
        2 => "data",
        3 => "subtitle",
        4 => "attachment",
        _ => null,
    };

    // ffprobe's av_fourcc_make_string: four bytes, low first; letters, digits and ". _-" as they are, others as [n]
    private static string FourCc(uint tag)
    {
        var text = new StringBuilder(16);
        for (var i = 0; i < 4; i++)
        {
            var c = (char)((tag >> (8 * i)) & 0xFF);
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or ' ' or '_' or '-')
            {
                text.Append(c);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"[{(int)c}]");
            }
        }

        return text.ToString();
    }

    private static string Ratio(nint rational) =>
        string.Create(CultureInfo.InvariantCulture, $"{Marshal.ReadInt32(rational, 0)}/{Marshal.ReadInt32(rational, 4)}");

    // a time in a stream's time base, in seconds, as ffprobe's "%f" writes it
    private static string Seconds(long value, nint timeBase)
    {
        var (num, den) = (Marshal.ReadInt32(timeBase, 0), Marshal.ReadInt32(timeBase, 4));
        var seconds = den == 0 ? 0 : value * (num / (double)den);
        return seconds.ToString("F6", CultureInfo.InvariantCulture);
    }

    private static string? LayoutName(nint channelLayout)
    {
        var buffer = new byte[128];
        var written = AvNative.av_channel_layout_describe(channelLayout, buffer, (nuint)buffer.Length);
        if (written < 0)
        {
            return null;
        }

        var end = Array.IndexOf(buffer, (byte)0);
        return Encoding.UTF8.GetString(buffer, 0, end < 0 ? buffer.Length : end);
    }

    private static string ErrorText(int error)
    {
        var buffer = new byte[256];
        if (AvNative.av_strerror(error, buffer, (nuint)buffer.Length) < 0)
        {
            return $"error {error}";
        }

        var end = Array.IndexOf(buffer, (byte)0);
        return Encoding.UTF8.GetString(buffer, 0, end < 0 ? buffer.Length : end);
    }

    private static string? Text(nint utf8) => utf8 == 0 ? null : Marshal.PtrToStringUTF8(utf8);
}
