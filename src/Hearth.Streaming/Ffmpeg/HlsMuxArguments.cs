using System.Globalization;

namespace Hearth.Streaming.Ffmpeg;

/// <summary>HLS output: numbered fMP4 segments with one init segment (or TS for old clients), from a given segment on.</summary>
public static class HlsMuxArguments
{
    /// <param name="firstSegment">The number of the first segment this run writes (a restart after a seek).</param>
    /// <param name="start">Where that segment starts in the film: timestamps are shifted so every run shares one timeline.</param>
    public static IReadOnlyList<string> Build(string folder, double segmentSeconds, int firstSegment, double start, bool fmp4)
    {
        List<string> args = ["-max_muxing_queue_size", "2048", "-avoid_negative_ts", "disabled"];
        if (start > 0)
        {
            args.AddRange(["-output_ts_offset", InputArguments.Seconds(start)]);
        }

        args.AddRange([
            "-f", "hls",
            "-hls_time", InputArguments.Seconds(segmentSeconds),
            "-hls_list_size", "0",
            "-hls_playlist_type", "event",
            "-start_number", firstSegment.ToString(CultureInfo.InvariantCulture),
        ]);
        if (fmp4)
        {
            // frag_discont: a run started after a seek writes its segments' real decode times (tfdt) and the same
            // init.mp4 as the first run; without it the run starts its fragments at 0 and puts the offset in its own
            // init's edit list, so its segments played with the init a player already holds (it fetches init.mp4
            // once) start at 0 s instead of where they belong
            args.AddRange([
                "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4", "-hls_segment_options", "movflags=+frag_discont",
                "-hls_segment_filename", Path.Combine(folder, "%d.m4s"),
            ]);
        }
        else
        {
            args.AddRange(["-hls_segment_type", "mpegts", "-hls_segment_filename", Path.Combine(folder, "%d.ts")]);
        }

        args.Add(Path.Combine(folder, "ffmpeg.m3u8"));
        return args;
    }
}
