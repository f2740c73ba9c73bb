namespace Hearth.Library.Probing;

/// <summary>The ffprobe command line that lists a file's container and streams as JSON.</summary>
public static class FfprobeArguments
{
    public static IReadOnlyList<string> For(string path) =>
    [
        "-v", "error",
        "-print_format", "json",
        "-show_format",
        "-show_streams",
        // "file:" stops a name such as "concat:x" or "http:..." from being read as a protocol
        "file:" + path,
    ];

    /// <summary>
    /// <see cref="For"/> and, in the same run, the last packets: a seek past the end lands on the last ones the
    /// file really holds (see <see cref="Tail"/>). For containers that seek (Matroska, MP4, AVI, MPEG-TS), so a
    /// new file costs one ffprobe, not two; a picture or a stream that cannot seek gets <see cref="For"/>.
    /// </summary>
    public static IReadOnlyList<string> WithTail(string path) =>
    [
        "-v", "error",
        "-print_format", "json",
        "-show_format",
        "-show_streams",
        "-show_entries", "packet=pts_time,duration_time",
        "-read_intervals", "999999999%",
        "file:" + path,
    ];

    /// <summary>Containers whose files ffprobe can seek to the end of (by index or by bytes).</summary>
    public static bool Seeks(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".mkv" or ".webm" or ".mp4" or ".m4v" or ".mov" or ".avi" or ".ts" or ".m2ts" or ".mts";

    /// <summary>
    /// The time of the last packets of one stream ("v:0"): a seek past the end lands on the last ones the file
    /// really holds, which <see cref="FfprobeProber"/> compares with the duration the container declares.
    /// </summary>
    public static IReadOnlyList<string> Tail(string path, string stream) =>
    [
        "-v", "error",
        "-select_streams", stream,
        "-read_intervals", "999999999%",
        "-show_entries", "packet=pts_time,duration_time",
        "-of", "csv=p=0",
        "file:" + path,
    ];
}
