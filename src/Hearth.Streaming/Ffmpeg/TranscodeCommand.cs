using Hearth.Core.Media;
using Hearth.Streaming.Decisions;

namespace Hearth.Streaming.Ffmpeg;

/// <summary>Puts the builders together into one ffmpeg command for a decision, from one segment on.</summary>
public static class TranscodeCommand
{
    public static IReadOnlyList<string> Build(
        PlayableMedia media,
        PlaybackDecision decision,
        string folder,
        double segmentSeconds,
        int firstSegment,
        double start,
        bool fmp4,
        HardwareAcceleration acceleration,
        string vaapiDevice = "/dev/dri/renderD128")
    {
        var encodesVideo = decision.Video is { Copy: false };
        var device = encodesVideo ? HardwareEncoders.DeviceArguments(acceleration, vaapiDevice) : [];
        var args = new List<string>(InputArguments.Build(media.Path, start, device));
        if (decision.Video is { } video)
        {
            if (video.Copy)
            {
                args.AddRange(VideoArguments.Copy(video.Index));
            }
            else
            {
                var source = media.Media.Video.First(v => v.Index == video.Index);
                args.AddRange(VideoArguments.Encode(new VideoEncode(
                    video.Index,
                    video.Width,
                    video.Height,
                    ScaleNeeded: video.Width != source.Width || video.Height != source.Height,
                    video.Bitrate ?? 4_000_000,
                    video.ToneMap,
                    segmentSeconds,
                    start,
                    acceleration,
                    BurnInFor(media, video.BurnInSubtitle))));
            }
        }

        if (decision.Audio is { } audio)
        {
            var source = media.Media.Audio.First(a => a.Index == audio.Index);
            args.AddRange(audio.Copy ? AudioArguments.Copy(audio.Index) : AudioArguments.Encode(audio.Index, source.Channels, audio.Channels, audio.Bitrate ?? 192_000));
        }

        // subtitles travel beside the video (WebVTT) or burned in, never inside the segments
        args.AddRange(["-sn", "-dn", "-map_metadata", "-1", "-map_chapters", "-1"]);
        args.AddRange(HlsMuxArguments.Build(folder, segmentSeconds, firstSegment, start, fmp4));
        return args;
    }

    private static BurnIn? BurnInFor(PlayableMedia media, int? index)
    {
        if (index is not { } n || media.Media.Subtitles.FirstOrDefault(s => s.Index == n) is not { } subtitle)
        {
            return null;
        }

        if (subtitle.ExternalPath is { } path)
        {
            return new BurnIn(n, subtitle.IsImage, path, null);
        }

        var relative = media.Media.Subtitles.Where(s => s.ExternalPath is null).Select(s => s.Index).Order().ToList().IndexOf(n);
        return new BurnIn(n, subtitle.IsImage, media.Path, relative);
    }
}
