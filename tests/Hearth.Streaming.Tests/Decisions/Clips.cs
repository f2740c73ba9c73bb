using Hearth.Core.Media;

namespace Hearth.Streaming.Tests.Decisions;

/// <summary>
/// The four clips as the library describes them after probing (the integration tests in
/// Hearth.Web.Tests make the same clips with ffmpeg and check the decisions through the API).
/// </summary>
internal static class Clips
{
    public static MediaDescription H264AacMp4 { get; } = new("mp4", 60, 5_000_000,
        [new VideoTrack(0, "h264", "High", 40, 1920, 1080, 25, 8, DynamicRange.Sdr, null, 4_800_000)],
        [new AudioTrack(1, "aac", "LC", 2, "eng", null, true, 192_000)],
        []);

    public static MediaDescription HevcEac3Mkv { get; } = new("mkv", 60, 24_000_000,
        [new VideoTrack(0, "hevc", "Main 10", 150, 3840, 2160, 24, 10, DynamicRange.Hdr10, null, null)],
        [new AudioTrack(1, "eac3", null, 6, "eng", null, true, 640_000)],
        [
            new SubtitleTrack(2, "subrip", "eng", null, false, false, null),
            new SubtitleTrack(3, "ass", "eng", "Styled", false, false, null),
        ]);

    public static MediaDescription H264DtsMkv { get; } = new("mkv", 60, 9_000_000,
        [new VideoTrack(0, "h264", "High", 40, 1920, 1080, 25, 8, DynamicRange.Sdr, null, null)],
        [new AudioTrack(1, "dts", "DTS", 6, "eng", null, true, 1_536_000)],
        []);

    public static MediaDescription PictureSubtitleMkv { get; } = new("mkv", 60, 5_000_000,
        [new VideoTrack(0, "h264", "High", 40, 1920, 1080, 25, 8, DynamicRange.Sdr, null, null)],
        [new AudioTrack(1, "aac", "LC", 2, "eng", null, true, 192_000)],
        [new SubtitleTrack(2, "hdmv_pgs_subtitle", "eng", null, false, false, null)]);

    public static MediaDescription Named(string name) => name switch
    {
        "h264-aac.mp4" => H264AacMp4,
        "hevc10-eac3.mkv" => HevcEac3Mkv,
        "h264-dts.mkv" => H264DtsMkv,
        "pgs.mkv" => PictureSubtitleMkv,
        _ => throw new ArgumentException(name),
    };
}
