using System.Runtime.InteropServices;

namespace Hearth.Library.Probing.Native;

/// <summary>
/// The few functions of FFmpeg's libraries a probe calls, bound to the files <see cref="AvLibraries"/> loaded. Only
/// plain values and pointers cross: every structure is read at the offsets of <see cref="AvLayout"/>.
/// </summary>
internal static partial class AvNative
{
    public const int LogError = 16;
    public const int DictIgnoreSuffix = 2;

    [LibraryImport("avutil")]
    public static partial uint avutil_version();

    [LibraryImport("avutil")]
    public static unsafe partial void av_log_set_callback(delegate* unmanaged[Cdecl]<nint, int, nint, nint, void> callback);

    [LibraryImport("avutil")]
    public static partial int av_log_format_line2(nint context, int level, nint format, nint arguments, [Out] byte[] line, int size, ref int printPrefix);

    [LibraryImport("avutil", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint av_dict_get(nint dictionary, string key, nint previous, int flags);

    [LibraryImport("avutil")]
    public static partial int av_strerror(int error, [Out] byte[] buffer, nuint size);

    [LibraryImport("avutil")]
    public static partial nint av_get_pix_fmt_name(int format);

    [LibraryImport("avutil")]
    public static partial nint av_color_transfer_name(int transfer);

    [LibraryImport("avutil")]
    public static partial nint av_color_primaries_name(int primaries);

    [LibraryImport("avutil")]
    public static partial int av_channel_layout_describe(nint layout, [Out] byte[] buffer, nuint size);

    [LibraryImport("avcodec")]
    public static partial uint avcodec_version();

    [LibraryImport("avcodec")]
    public static partial nint avcodec_descriptor_get(int codec);

    [LibraryImport("avcodec")]
    public static partial nint avcodec_profile_name(int codec, int profile);

    [LibraryImport("avcodec")]
    public static partial nint av_packet_side_data_name(int type);

    [LibraryImport("avcodec")]
    public static partial nint av_packet_alloc();

    [LibraryImport("avcodec")]
    public static partial void av_packet_free(ref nint packet);

    [LibraryImport("avcodec")]
    public static partial void av_packet_unref(nint packet);

    [LibraryImport("avformat")]
    public static partial uint avformat_version();

    [LibraryImport("avformat", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int avformat_open_input(ref nint context, string url, nint format, nint options);

    [LibraryImport("avformat")]
    public static partial int avformat_find_stream_info(nint context, nint options);

    [LibraryImport("avformat")]
    public static partial void avformat_close_input(ref nint context);

    [LibraryImport("avformat")]
    public static partial int av_read_frame(nint context, nint packet);

    [LibraryImport("avformat")]
    public static partial int avformat_seek_file(nint context, int stream, long minimum, long target, long maximum, int flags);
}
