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
}
