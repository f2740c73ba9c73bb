using System.Globalization;

namespace Hearth.Streaming.Ffmpeg;

/// <summary>What the video encoder is asked for.</summary>
/// <param name="BurnIn">A subtitle to draw: its stream index, whether it is a picture, its file when beside the video, its index among subtitle streams.</param>
public sealed record VideoEncode(
    int StreamIndex,
    int Width,
    int Height,
    bool ScaleNeeded,
    long Bitrate,
    bool ToneMap,
    double SegmentSeconds,
    double Start,
    HardwareAcceleration Acceleration = HardwareAcceleration.None,
    BurnIn? BurnIn = null);

public sealed record BurnIn(int StreamIndex, bool IsImage, string SourcePath, int? RelativeIndex);

/// <summary>Video copy, or encode to H.264 with the filters the plan needs, keyframes on segment boundaries.</summary>
public static class VideoArguments
{
    /// <summary>The stream copied as is: no filters, the source's keyframes decide the segments.</summary>
    public static IReadOnlyList<string> Copy(int streamIndex) => ["-map", $"0:{streamIndex}", "-c:v", "copy"];

    public static IReadOnlyList<string> Encode(VideoEncode encode)
    {
        var args = new List<string>();
        var chain = new List<string>();
        if (encode.BurnIn is { IsImage: false } text)
        {
            // after an input seek frames start at 0; libass needs the film's own time to find the cue
            var shift = encode.Start > 0;
            if (shift)
            {
                chain.Add($"setpts=PTS+{InputArguments.Seconds(encode.Start)}/TB");
            }

            chain.Add(VideoFilters.BurnText(text.SourcePath, text.RelativeIndex));
            if (shift)
            {
                chain.Add("setpts=PTS-STARTPTS");
            }
        }

        if (encode.ToneMap)
        {
            chain.Add(VideoFilters.ToneMap());
        }

        if (encode.ScaleNeeded)
        {
            chain.Add(VideoFilters.Scale(encode.Width, encode.Height));
        }

        if (!encode.ToneMap)
        {
            chain.Add("format=yuv420p");
        }

        if (HardwareEncoders.Upload(encode.Acceleration) is { } upload)
        {
            chain.Add(upload);
        }

        if (encode.BurnIn is { IsImage: true } picture)
        {
            // pictures are overlaid before anything else, at the source's size, so they land where they were authored
            args.AddRange(["-filter_complex", $"[0:{encode.StreamIndex}][0:{picture.StreamIndex}]overlay=eof_action=pass,{string.Join(',', chain)}[v]", "-map", "[v]"]);
        }
        else
        {
            args.AddRange(["-map", $"0:{encode.StreamIndex}", "-vf", string.Join(',', chain)]);
        }

        var bitrate = encode.Bitrate.ToString(CultureInfo.InvariantCulture);
        var buffer = (encode.Bitrate * 2).ToString(CultureInfo.InvariantCulture);
        args.AddRange(["-c:v", HardwareEncoders.H264(encode.Acceleration)]);
        if (encode.Acceleration == HardwareAcceleration.None)
        {
            args.AddRange(["-preset", "veryfast", "-profile:v", "high", "-level:v", "4.1"]);
        }

        args.AddRange(["-b:v", bitrate, "-maxrate", bitrate, "-bufsize", buffer]);
        // a keyframe exactly on every segment boundary, so each segment starts decodable and the playlist
        // written before encoding matches what comes out; no other scene-cut keyframes split a segment
        var seconds = InputArguments.Seconds(encode.SegmentSeconds);
        args.AddRange(["-force_key_frames", $"expr:gte(t,n_forced*{seconds})", "-sc_threshold", "0"]);
        return args;
    }
}
