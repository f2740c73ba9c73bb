using System.Globalization;
using Hearth.Core.Media;
using Hearth.Streaming.Decisions;

namespace Hearth.Streaming.Hls;

/// <summary>RFC 6381 codec strings for the master playlist, so a player can tell before loading whether it decodes them.</summary>
public static class CodecStrings
{
    public static string For(PlaybackDecision decision, MediaDescription media)
    {
        var parts = new List<string>();
        if (decision.Video is { } video)
        {
            parts.Add(video.Copy ? Video(media.Video.First(v => v.Index == video.Index)) : "avc1.640029");
        }

        if (decision.Audio is { } audio)
        {
            parts.Add(Audio(audio.Codec));
        }

        return string.Join(',', parts.Where(p => p.Length > 0));
    }

    public static string Video(VideoTrack video)
    {
        var level = video.Level ?? 41;
        return video.Codec.ToLowerInvariant() switch
        {
            "h264" => video.Profile?.ToLowerInvariant() switch
            {
                "high" => $"avc1.6400{level:x2}",
                "main" => $"avc1.4d40{level:x2}",
                "constrained baseline" or "baseline" => $"avc1.42e0{level:x2}",
                "high 10" => $"avc1.6e00{level:x2}",
                _ => $"avc1.6400{level:x2}",
            },
            "hevc" => string.Create(CultureInfo.InvariantCulture, $"hvc1.{(video.BitDepth > 8 ? 2 : 1)}.4.L{level}.B0"),
            "av1" => $"av01.0.08M.{(video.BitDepth > 8 ? 10 : 08):00}",
            "vp9" => $"vp09.00.40.{video.BitDepth:00}",
            _ => string.Empty,
        };
    }

    public static string Audio(string codec) => codec.ToLowerInvariant() switch
    {
        "aac" => "mp4a.40.2",
        "mp3" => "mp4a.40.34",
        "ac3" => "ac-3",
        "eac3" => "ec-3",
        "opus" => "Opus",
        "flac" => "fLaC",
        _ => string.Empty,
    };
}
