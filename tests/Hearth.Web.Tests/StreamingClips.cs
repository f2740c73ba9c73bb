using Hearth.Core.Processes;
using Hearth.Testing;

namespace Hearth.Web.Tests;

/// <summary>The clips, made by ffmpeg from its built-in sources (12 s, small, so transcoding is quick).</summary>
internal static class StreamingClips
{
    public const double Seconds = 12;
    private static readonly ProcessRunner Runner = new();

    // made once per test run and copied into each test's own library: the encodes (x265 10-bit, E-AC-3, DTS)
    // are most of a streaming test's setup, and every test still gets files of its own to scan and play
    private static readonly Lazy<Task<string>> Made = new(async () =>
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        await MakeFreshAsync(folder.Path);
        return folder.Path;
    });

    public static async Task MakeAsync(string movies)
    {
        var made = await Made.Value;
        foreach (var file in Directory.EnumerateFiles(made, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(movies, Path.GetRelativePath(made, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static async Task MakeFreshAsync(string movies)
    {
        var srt = Write(movies, "cue.srt", "1\n00:00:00,500 --> 00:00:11,000\nPlain words\n");
        var ass = Write(movies, "cue.ass", "[Script Info]\nScriptType: v4.00+\n\n[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\nStyle: Default,Sans,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,1,0,2,10,10,10,1\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:00.50,0:00:11.00,Default,,0,0,0,,Styled words\n");
        string[] video = ["-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25"];
        string[] tone = ["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000"];
        string[] length = ["-t", Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        await RunAsync([.. video, .. tone, .. length, "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "aac", "-movflags", "+faststart",
            Movie(movies, "Plain (2001)", "mp4")]);
        await RunAsync([.. video, .. tone, "-i", srt, "-i", ass, .. length, "-map", "0", "-map", "1", "-map", "2", "-map", "3",
            "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error:keyint=50", "-pix_fmt", "yuv420p10le",
            "-color_primaries", "bt2020", "-color_trc", "smpte2084", "-colorspace", "bt2020nc",
            "-c:a", "eac3", "-ac", "6", "-c:s:0", "srt", "-c:s:1", "ass", "-metadata:s:a:0", "language=eng", "-metadata:s:s:0", "language=eng", "-metadata:s:s:1", "language=eng",
            Movie(movies, "Bright (2002)", "mkv")]);
        await RunAsync([.. video, .. tone, .. length, "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "dca", "-strict", "-2", "-ac", "6",
            Movie(movies, "Loud (2003)", "mkv")]);
        // a Blu-ray picture subtitle: a white box over the lower part of a black picture
        var sup = Path.Combine(movies, "box.sup");
        await File.WriteAllBytesAsync(sup, PgsSubtitle.Box(320, 180, 60, 130, 200, 30, 0.2, 11.5));
        await RunAsync(["-f", "lavfi", "-i", "color=c=black:size=320x180:rate=25", .. tone, "-i", sup, .. length, "-map", "0", "-map", "1", "-map", "2",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "aac", "-c:s", "copy", "-metadata:s:s:0", "language=eng",
            Movie(movies, "Signs (2004)", "mkv")]);
        File.Delete(srt);
        File.Delete(ass);
        File.Delete(sup);
    }

    /// <summary>
    /// A longer film (640x360, AAC) for sessions that must last: many segments, so the transcoder pauses ahead
    /// of the player and takes a while to reach the end. Ten seconds are encoded and repeated (stream copy), so a
    /// long film costs no more to make than a short one.
    /// </summary>
    public static async Task<string> MakeLongAsync(string movies, string name, int seconds)
    {
        var path = Movie(movies, name, "mkv");
        var piece = Path.Combine(movies, "piece.mkv");
        await RunAsync(["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=sample_rate=48000",
            "-t", "10", "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "aac", piece]);
        await RunAsync(["-stream_loop", (seconds / 10 - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", piece, "-c", "copy", path]);
        File.Delete(piece);
        return path;
    }

    /// <summary>
    /// The "2160p" version of a film kept in two: HEVC 10-bit tagged HDR10, E-AC-3 5.1 and an English SubRip track,
    /// at twice the other clips' size (640x360, 4 s), so it is the bigger picture of the two.
    /// </summary>
    public static async Task MakeBigHdrAsync(string path)
    {
        var srt = Write(Path.GetDirectoryName(path)!, "big.srt", "1\n00:00:00,500 --> 00:00:03,000\nBig words\n");
        await RunAsync(["-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-i", srt, "-t", "4",
            "-map", "0", "-map", "1", "-map", "2", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error:keyint=50", "-pix_fmt", "yuv420p10le",
            "-color_primaries", "bt2020", "-color_trc", "smpte2084", "-colorspace", "bt2020nc", "-c:a", "eac3", "-ac", "6", "-c:s", "srt",
            "-metadata:s:a:0", "language=eng", "-metadata:s:s:0", "language=eng", path]);
        File.Delete(srt);
    }

    private static string Movie(string movies, string name, string extension)
    {
        var folder = Path.Combine(movies, name);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{name}.{extension}");
    }

    private static string Write(string folder, string name, string text)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Task RunAsync(string[] args) => Runner.RunAsync("ffmpeg", ["-v", "error", "-y", "-nostdin", .. args], TimeSpan.FromMinutes(2));
}
