namespace Hearth.Library.Probing.Native;

/// <summary>
/// Where the fields a probe reads sit inside FFmpeg's structures, per major version of its libraries (LP64: the same
/// on x86_64 and aarch64). FFmpeg keeps a layout within one major version, appending only, and moves fields between
/// majors; these tables were computed with <c>offsetof</c> against each release's own headers (5.1, 6.0, 6.1, 7.0,
/// 7.1), so the library's <c>FF_API_*</c> switches count as they did in that release. A major version not listed
/// here is not read: the probe falls back to the ffprobe program.
/// </summary>
internal sealed record AvLayout(
    int Generation,
    int FormatDuration,
    int FormatBitRate,
    int StreamIndex,
    int StreamCodecpar,
    int StreamTimeBase,
    int StreamDuration,
    int StreamDisposition,
    int StreamMetadata,
    int StreamAvgFrameRate,
    int StreamRealFrameRate,
    int StreamSideData,
    int StreamSideDataCount,
    int ParSideData,
    int ParSideDataCount,
    int ParFormat,
    int ParBitRate,
    int ParBitsPerRawSample,
    int ParProfile,
    int ParLevel,
    int ParWidth,
    int ParHeight,
    int ParColorPrimaries,
    int ParColorTransfer,
    int ParChannelLayout,
    int ParSampleRate)
{
    // the same in every supported version
    public const int FormatInputFormat = 8;
    public const int FormatStreamCount = 44;
    public const int FormatStreams = 48;
    public const int ParCodecType = 0;
    public const int ParCodecId = 4;
    public const int ParCodecTag = 8;
    public const int PacketPts = 8;
    public const int PacketStreamIndex = 36;
    public const int PacketDuration = 64;
    public const int SideDataStride = 24;
    public const int SideDataSize = 8;
    public const int SideDataType = 16;
    public const int ChannelLayoutOrder = 0;
    public const int ChannelLayoutCount = 4;
    public const int DescriptorName = 8;

    /// <summary>FFmpeg 5.1: libavformat 59, libavcodec 59, libavutil 57. AVStream has no class yet; codecpar is near its end.</summary>
    public static readonly AvLayout Ffmpeg5 = new(
        Generation: 59,
        FormatDuration: 72,
        FormatBitRate: 80,
        StreamIndex: 0,
        StreamCodecpar: 208,
        StreamTimeBase: 16,
        StreamDuration: 32,
        StreamDisposition: 48,
        StreamMetadata: 64,
        StreamAvgFrameRate: 72,
        StreamRealFrameRate: 200,
        StreamSideData: 184,
        StreamSideDataCount: 192,
        ParSideData: -1,
        ParSideDataCount: -1,
        ParFormat: 28,
        ParBitRate: 32,
        ParBitsPerRawSample: 44,
        ParProfile: 48,
        ParLevel: 52,
        ParWidth: 56,
        ParHeight: 60,
        ParColorPrimaries: 80,
        ParColorTransfer: 84,
        ParChannelLayout: 144,
        ParSampleRate: 116);

    /// <summary>FFmpeg 6.0: libavformat 60, libavcodec 60 (before 60.30), libavutil 58.</summary>
    public static readonly AvLayout Ffmpeg6 = Ffmpeg5 with
    {
        Generation = 60,
        StreamIndex = 8,
        StreamCodecpar = 16,
        StreamTimeBase = 32,
        StreamDuration = 48,
        StreamDisposition = 64,
        StreamMetadata = 80,
        StreamAvgFrameRate = 88,
        StreamRealFrameRate = 216,
        StreamSideData = 200,
        StreamSideDataCount = 208,
    };

    /// <summary>
    /// FFmpeg 6.1: as 6.0, with the side data on the codec parameters (libavcodec 60.30 and up); the stream's own
    /// list is only a copy made at the end of reading the stream info.
    /// </summary>
    public static readonly AvLayout Ffmpeg61 = Ffmpeg6 with { ParSideData = 176, ParSideDataCount = 184 };

    /// <summary>FFmpeg 7.0 and 7.1: libavformat 61, libavcodec 61, libavutil 59 (stream groups, the codec parameters reordered).</summary>
    public static readonly AvLayout Ffmpeg7 = Ffmpeg6 with
    {
        Generation = 61,
        FormatDuration = 104,
        FormatBitRate = 112,
        ParSideData = 32,
        ParSideDataCount = 40,
        ParFormat = 44,
        ParBitRate = 48,
        ParBitsPerRawSample = 60,
        ParProfile = 64,
        ParLevel = 68,
        ParWidth = 72,
        ParHeight = 76,
        ParColorPrimaries = 104,
        ParColorTransfer = 108,
        ParChannelLayout = 128,
        ParSampleRate = 152,
    };

    /// <summary>
    /// The layout of the loaded libraries, from their run-time versions (<c>major &lt;&lt; 16 | minor &lt;&lt; 8 | micro</c>);
    /// null when they are not of one known generation.
    /// </summary>
    public static AvLayout? For(uint avformat, uint avcodec, uint avutil)
    {
        var (format, codec, util) = (avformat >> 16, avcodec >> 16, avutil >> 16);
        return (format, codec, util) switch
        {
            (59, 59, 57) => Ffmpeg5,
            (60, 60, 58) => ((avcodec >> 8) & 0xFF) >= 30 ? Ffmpeg61 : Ffmpeg6,
            (61, 61, 59) => Ffmpeg7,
            _ => null,
        };
    }

    /// <summary>"59.27.100" from a run-time version number.</summary>
    public static string Describe(uint version) => $"{version >> 16}.{(version >> 8) & 0xFF}.{version & 0xFF}";
}
