using System.Runtime.InteropServices;

namespace Hearth.Library.Probing.Native;

/// <summary>
/// FFmpeg's own libraries (libavutil, libavcodec, libavformat) of the installed ffmpeg, loaded by their versioned file
/// names: the unversioned names exist only with the development packages. The three must be of one generation (a
/// libavformat 61 needs its libavcodec 61 and libavutil 59), and of one whose layout <see cref="AvLayout"/> knows.
/// </summary>
internal static class AvLibraries
{
    // newest first: the libraries of one ffmpeg install are of one generation
    private static readonly (int Format, int Codec, int Util)[] Generations = [(61, 61, 59), (60, 60, 58), (59, 59, 57)];

    private static readonly Lazy<Loaded> Once = new(Load);

    /// <summary>The libraries' layout, or null (with <see cref="Problem"/> saying why) when they cannot be read here.</summary>
    public static AvLayout? Layout => Once.Value.Layout;

    /// <summary>Why the libraries are not used: missing, or of a version whose layout is unknown.</summary>
    public static string? Problem => Once.Value.Problem;

    /// <summary>"libavformat 59.27.100, libavcodec 59.37.100, libavutil 57.28.100".</summary>
    public static string? Versions => Once.Value.Versions;

    private static Loaded Load()
    {
        var handles = new Dictionary<string, nint>();
        foreach (var (format, codec, util) in Generations)
        {
            if (TryLoad($"libavutil.so.{util}", out var avutil) && TryLoad($"libavcodec.so.{codec}", out var avcodec) && TryLoad($"libavformat.so.{format}", out var avformat))
            {
                handles["avutil"] = avutil;
                handles["avcodec"] = avcodec;
                handles["avformat"] = avformat;
                break;
            }
        }

        if (handles.Count == 0)
        {
            return new Loaded(null, "FFmpeg's libraries (libavformat, libavcodec, libavutil of version 59 to 61) are not installed", null);
        }

        NativeLibrary.SetDllImportResolver(typeof(AvLibraries).Assembly, (name, _, _) => Resolve(handles, name));
        uint formatVersion, codecVersion, utilVersion;
        try
        {
            (formatVersion, codecVersion, utilVersion) = (AvNative.avformat_version(), AvNative.avcodec_version(), AvNative.avutil_version());
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return new Loaded(null, "FFmpeg's libraries could not be read: " + e.Message, null);
        }

        var versions = $"libavformat {AvLayout.Describe(formatVersion)}, libavcodec {AvLayout.Describe(codecVersion)}, libavutil {AvLayout.Describe(utilVersion)}";
        var layout = AvLayout.For(formatVersion, codecVersion, utilVersion);
        if (layout is null)
        {
            return new Loaded(null, $"FFmpeg's libraries are of versions this Hearth does not know ({versions})", versions);
        }

        // errors are kept for the answer that needs them, nothing is written to the worker's error output
        AvLog.Capture();
        return new Loaded(layout, null, versions);
    }

    private static nint Resolve(Dictionary<string, nint> handles, string name) => handles.TryGetValue(name, out var handle) ? handle : 0;

    private static bool TryLoad(string file, out nint handle) => NativeLibrary.TryLoad(file, out handle);

    private sealed record Loaded(AvLayout? Layout, string? Problem, string? Versions);
}
