using System.Globalization;
using Hearth.Core.Media;
using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Decisions;

/// <summary>
/// Direct play when the device takes the file as is; else direct stream (copy every stream into HLS); else
/// transcode only what must change (copy the video and re-encode only the audio when that is enough). Every
/// step that is not taken says why.
/// </summary>
public static class PlaybackDecider
{
    public static PlaybackDecision Decide(MediaDescription media, PlaybackRequest request) => Decide(media, request, nativePictures: true);

    private static PlaybackDecision Decide(MediaDescription media, PlaybackRequest request, bool nativePictures)
    {
        var profile = request.Profile;
        var reasons = new List<PlaybackReason>();
        var audio = TrackChooser.Audio(media, request.AudioIndex, request.PreferredLanguages);
        var subtitle = TrackChooser.Subtitle(media, request.SubtitleIndex, audio);
        var limit = Min(profile.MaxBitrate, request.MaxBitrate);

        var audioPlan = audio is null ? null : PlanAudio(audio, profile, reasons);
        var burnIn = subtitle is not null && NeedsBurnIn(subtitle, profile, nativePictures, reasons);
        var video = media.Video.FirstOrDefault();
        var videoPlan = video is null ? null : PlanVideo(media, video, profile, limit, audioPlan, burnIn ? subtitle : null, reasons);

        var copies = (videoPlan?.Copy ?? true) && (audioPlan?.Copy ?? true);
        var method = copies ? PlayMethod.DirectStream : PlayMethod.Transcode;
        if (copies)
        {
            if (!profile.TakesContainer(media.Container))
            {
                reasons.Add(new(TranscodeReason.ContainerNotSupported, $"container {media.Container} not supported → remuxed to HLS ({(profile.HlsFmp4 ? "fMP4" : "TS")})"));
            }
            else if (audio is not null && media.Audio.Count > 1 && audio.Index != FileDefaultAudio(media).Index)
            {
                reasons.Add(new(TranscodeReason.SecondaryAudioNotSupported, $"audio track {audio.Index} ({audio.Language ?? "unknown language"}) is not the file's default → remuxed with it"));
            }
            else if (subtitle is { IsImage: true } && !burnIn && subtitle.ExternalPath is not null)
            {
                reasons.Add(new(TranscodeReason.SubtitleCodecNotSupported, "picture subtitles beside the file → remuxed"));
            }
            else
            {
                method = PlayMethod.DirectPlay;
            }
        }

        var subtitlePlan = subtitle is null ? null : new SubtitlePlan(
            subtitle.Index,
            burnIn ? SubtitleDelivery.BurnIn : subtitle.IsImage ? SubtitleDelivery.Native : SubtitleDelivery.Sidecar,
            subtitle.Codec,
            subtitle.Language,
            subtitle.IsForced);
        if (subtitlePlan is { Delivery: SubtitleDelivery.Native } && method != PlayMethod.DirectPlay)
        {
            // HLS carries no picture subtitles: drawing them into the video is the only way they reach the screen
            return Decide(media, request, nativePictures: false);
        }

        return new PlaybackDecision(method, videoPlan, audioPlan, subtitlePlan, reasons, limit);
    }

    private static AudioTrack FileDefaultAudio(MediaDescription media) => media.Audio.FirstOrDefault(a => a.IsDefault) ?? media.Audio[0];

    private static AudioPlan PlanAudio(AudioTrack audio, DeviceProfile profile, List<PlaybackReason> reasons)
    {
        var rule = profile.AudioRule(audio.Codec);
        var channels = Math.Min(audio.Channels, profile.MaxAudioChannels);
        if (rule is null)
        {
            reasons.Add(new(TranscodeReason.AudioCodecNotSupported, $"audio {audio.Codec.ToUpperInvariant()} not supported → AAC {Layout(channels)}"));
        }
        else if (audio.Channels > rule.MaxChannels)
        {
            channels = Math.Min(rule.MaxChannels, profile.MaxAudioChannels);
            reasons.Add(new(TranscodeReason.AudioChannelsNotSupported, $"audio {audio.Codec.ToUpperInvariant()} {Layout(audio.Channels)} has more channels than the device's {rule.MaxChannels} → AAC {Layout(channels)} (downmixed)"));
        }
        else
        {
            return new AudioPlan(audio.Index, Copy: true, audio.Codec, audio.Channels, audio.Bitrate, audio.Language);
        }

        return new AudioPlan(audio.Index, Copy: false, "aac", channels, AudioBitrate(channels), audio.Language);
    }

    private static bool NeedsBurnIn(SubtitleTrack subtitle, DeviceProfile profile, bool nativePictures, List<PlaybackReason> reasons)
    {
        if (subtitle.IsImage)
        {
            var shown = profile.ImageSubtitles.Contains(subtitle.Codec, StringComparer.OrdinalIgnoreCase);
            if (shown && nativePictures)
            {
                return false;
            }

            if (shown)
            {
                reasons.Add(new(TranscodeReason.SubtitleCodecNotSupported, $"subtitle {subtitle.Codec} cannot travel in HLS → burned in"));
                return true;
            }

            reasons.Add(new(TranscodeReason.SubtitleCodecNotSupported, $"subtitle {subtitle.Codec} is a picture the device cannot show → burned in"));
            return true;
        }

        if (profile.TextSubtitles.Contains(subtitle.Codec, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        reasons.Add(new(TranscodeReason.SubtitleCodecNotSupported, $"subtitle {subtitle.Codec} not shown by the device → burned in"));
        return true;
    }

    private static VideoPlan PlanVideo(MediaDescription media, VideoTrack video, DeviceProfile profile, long? limit, AudioPlan? audio, SubtitleTrack? burnIn, List<PlaybackReason> reasons)
    {
        var before = reasons.Count;
        var rule = profile.VideoRule(video.Codec);
        var toneMap = false;
        if (rule is null)
        {
            reasons.Add(new(TranscodeReason.VideoCodecNotSupported, $"video {Name(video.Codec)} not supported → H.264"));
        }
        else
        {
            if (rule.Profiles is { } profiles && video.Profile is { } p && !profiles.Contains(p, StringComparer.OrdinalIgnoreCase))
            {
                reasons.Add(new(TranscodeReason.VideoProfileNotSupported, $"video {Name(video.Codec)} profile {p} not supported → H.264"));
            }

            if (rule.MaxLevel is { } maxLevel && video.Level > maxLevel)
            {
                reasons.Add(new(TranscodeReason.VideoLevelNotSupported, $"video {Name(video.Codec)} level {video.Level} above the device's {maxLevel} → H.264"));
            }

            if (video.BitDepth > rule.MaxBitDepth)
            {
                reasons.Add(new(TranscodeReason.VideoBitDepthNotSupported, $"video {video.BitDepth}-bit {Name(video.Codec)} not supported → H.264 8-bit"));
            }
        }

        if (video.Range != DynamicRange.Sdr && !ShowsRange(rule, video))
        {
            toneMap = true;
            reasons.Add(new(TranscodeReason.VideoRangeTypeNotSupported, $"{RangeName(video.Range)} not shown by the device → tone-mapped to SDR"));
        }

        var (width, height) = Fit(video.Width, video.Height, profile.MaxWidth, profile.MaxHeight);
        if (width != video.Width || height != video.Height)
        {
            reasons.Add(new(TranscodeReason.VideoResolutionNotSupported, $"{video.Width}x{video.Height} larger than the device's {profile.MaxWidth}x{profile.MaxHeight} → scaled to {width}x{height}"));
        }

        var sourceBitrate = media.Bitrate ?? video.Bitrate;
        long? target = null;
        if (limit is { } max && sourceBitrate > max)
        {
            target = Math.Max(200_000, max - (audio?.Bitrate ?? 192_000));
            var byBitrate = MaxHeightFor(target.Value);
            if (height > byBitrate)
            {
                (width, height) = Fit(video.Width, video.Height, int.MaxValue, byBitrate);
            }

            reasons.Add(new(TranscodeReason.ContainerBitrateExceedsLimit, $"bitrate {Mbps(sourceBitrate.Value)} over the limit of {Mbps(max)} → {Mbps(target.Value)} at {width}x{height}"));
        }

        if (burnIn is not null)
        {
            before = -1;
        }

        if (reasons.Count == before)
        {
            return new VideoPlan(video.Index, Copy: true, video.Codec, video.Width, video.Height, sourceBitrate, ToneMap: false, BurnInSubtitle: null);
        }

        target ??= DefaultBitrate(height);
        return new VideoPlan(video.Index, Copy: false, "h264", width, height, target, toneMap, burnIn?.Index);
    }

    private static bool ShowsRange(VideoCodecRule? rule, VideoTrack video)
    {
        if (rule is null)
        {
            return false;
        }

        var range = video.Range == DynamicRange.Hdr10Plus ? DynamicRange.Hdr10 : video.Range;
        if (!rule.Ranges.Contains(range))
        {
            return false;
        }

        return range != DynamicRange.DolbyVision || rule.DolbyVisionProfiles is null || (video.DolbyVisionProfile is { } p && rule.DolbyVisionProfiles.Contains(p));
    }

    /// <summary>The largest even size inside the box that keeps the aspect ratio.</summary>
    internal static (int Width, int Height) Fit(int width, int height, int maxWidth, int maxHeight)
    {
        if (width <= maxWidth && height <= maxHeight)
        {
            return (width, height);
        }

        var scale = Math.Min((double)maxWidth / width, (double)maxHeight / height);
        return (Even(width * scale), Even(height * scale));
    }

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);

    private static int MaxHeightFor(long bitrate) => bitrate switch
    {
        < 1_500_000 => 480,
        < 4_000_000 => 720,
        < 10_000_000 => 1080,
        _ => 2160,
    };

    private static long DefaultBitrate(int height) => height switch
    {
        <= 480 => 1_500_000,
        <= 720 => 4_000_000,
        <= 1080 => 8_000_000,
        _ => 20_000_000,
    };

    private static long AudioBitrate(int channels) => channels <= 2 ? 192_000 : 384_000;

    private static long? Min(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static string Layout(int channels) => channels switch
    {
        1 => "mono",
        2 => "stereo",
        6 => "5.1",
        8 => "7.1",
        _ => $"{channels} channels",
    };

    private static string Name(string codec) => codec.ToLowerInvariant() switch
    {
        "h264" => "H.264",
        "hevc" => "HEVC",
        "av1" => "AV1",
        "vp9" => "VP9",
        var other => other.ToUpperInvariant(),
    };

    private static string RangeName(DynamicRange range) => range switch
    {
        DynamicRange.Hdr10 => "HDR10",
        DynamicRange.Hdr10Plus => "HDR10+",
        DynamicRange.Hlg => "HLG",
        DynamicRange.DolbyVision => "Dolby Vision",
        _ => "SDR",
    };

    private static string Mbps(long bitrate) => (bitrate / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + " Mbps";
}
