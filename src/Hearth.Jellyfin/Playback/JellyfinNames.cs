namespace Hearth.Jellyfin.Playback;

/// <summary>
/// Jellyfin's names for containers, codecs and subtitle formats, and ffprobe's (which Hearth keeps): most are the
/// same, a few differ (<c>srt</c>/<c>subrip</c>, <c>pgssub</c>/<c>hdmv_pgs_subtitle</c>, <c>mpegts</c>/<c>ts</c>).
/// </summary>
internal static class JellyfinNames
{
    /// <summary>A container as Hearth's library names it (from its file extension).</summary>
    public static string Container(string name) => name.Trim().ToLowerInvariant() switch
    {
        "mpegts" => "ts",
        "matroska" => "mkv",
        "m2t" or "mts" => "m2ts",
        var other => other,
    };

    /// <summary>An audio or video codec as ffprobe names it.</summary>
    public static string Codec(string name) => name.Trim().ToLowerInvariant() switch
    {
        "h265" or "hvc1" or "hev1" => "hevc",
        "avc" or "avc1" => "h264",
        "dca" => "dts",
        "mpeg2" => "mpeg2video",
        var other => other,
    };

    /// <summary>A subtitle format of a SubtitleProfile as ffprobe's codec name.</summary>
    public static string SubtitleFormat(string name) => name.Trim().ToLowerInvariant() switch
    {
        "srt" => "subrip",
        "vtt" => "webvtt",
        "pgssub" or "pgs" => "hdmv_pgs_subtitle",
        "dvdsub" or "vobsub" => "dvd_subtitle",
        "dvbsub" => "dvb_subtitle",
        var other => other,
    };

    /// <summary>ffprobe's subtitle codec as Jellyfin names it in a MediaStream (apps match these against their SubtitleProfiles).</summary>
    public static string SubtitleCodec(string codec) => codec.ToLowerInvariant() switch
    {
        "hdmv_pgs_subtitle" => "PGSSUB",
        "dvd_subtitle" => "DVDSUB",
        "dvb_subtitle" => "DVBSUB",
        var other => other,
    };

    /// <summary>The items of a Jellyfin comma list (<c>"mkv,webm"</c>), trimmed, empty ones dropped.</summary>
    public static IEnumerable<string> List(string? text, char separator = ',') =>
        (text ?? string.Empty).Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
