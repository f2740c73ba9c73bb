using Hearth.Streaming.Decisions;
using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Tests.Decisions;

/// <summary>Every built-in profile against every clip of the issue: the method, what is copied, and the reason given.</summary>
public sealed class ProfileMatrixTests
{
    // clip, profile, method, video copied, audio copied, the reason code that must be among the decision's (null: none at all)
    public static TheoryData<string, string, PlayMethod, bool, bool, TranscodeReason?> Matrix => new()
    {
        { "h264-aac.mp4", "chromium", PlayMethod.DirectPlay, true, true, null },
        { "h264-aac.mp4", "firefox", PlayMethod.DirectPlay, true, true, null },
        { "h264-aac.mp4", "safari", PlayMethod.DirectPlay, true, true, null },
        { "h264-aac.mp4", "shield", PlayMethod.DirectPlay, true, true, null },
        { "h264-aac.mp4", "dlna", PlayMethod.DirectPlay, true, true, null },
        { "hevc10-eac3.mkv", "chromium", PlayMethod.Transcode, false, false, TranscodeReason.VideoCodecNotSupported },
        { "hevc10-eac3.mkv", "firefox", PlayMethod.Transcode, false, false, TranscodeReason.AudioCodecNotSupported },
        { "hevc10-eac3.mkv", "safari", PlayMethod.DirectStream, true, true, TranscodeReason.ContainerNotSupported },
        { "hevc10-eac3.mkv", "shield", PlayMethod.DirectPlay, true, true, null },
        { "hevc10-eac3.mkv", "dlna", PlayMethod.Transcode, false, false, TranscodeReason.VideoResolutionNotSupported },
        { "h264-dts.mkv", "chromium", PlayMethod.Transcode, true, false, TranscodeReason.AudioCodecNotSupported },
        { "h264-dts.mkv", "firefox", PlayMethod.Transcode, true, false, TranscodeReason.AudioCodecNotSupported },
        { "h264-dts.mkv", "safari", PlayMethod.Transcode, true, false, TranscodeReason.AudioCodecNotSupported },
        { "h264-dts.mkv", "shield", PlayMethod.Transcode, true, false, TranscodeReason.AudioCodecNotSupported },
        { "h264-dts.mkv", "dlna", PlayMethod.Transcode, true, false, TranscodeReason.AudioCodecNotSupported },
        { "pgs.mkv", "chromium", PlayMethod.Transcode, false, true, TranscodeReason.SubtitleCodecNotSupported },
        { "pgs.mkv", "firefox", PlayMethod.Transcode, false, true, TranscodeReason.SubtitleCodecNotSupported },
        { "pgs.mkv", "safari", PlayMethod.Transcode, false, true, TranscodeReason.SubtitleCodecNotSupported },
        { "pgs.mkv", "shield", PlayMethod.DirectPlay, true, true, null },
        { "pgs.mkv", "dlna", PlayMethod.Transcode, false, true, TranscodeReason.SubtitleCodecNotSupported },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Decide_ProfileAndClip_MethodAndReason(string clip, string profile, PlayMethod method, bool videoCopied, bool audioCopied, TranscodeReason? reason)
    {
        var media = Clips.Named(clip);
        // the picture-subtitle clip is played with its subtitle on; the others with the default choice
        int? subtitle = clip == "pgs.mkv" ? 2 : null;

        var decision = PlaybackDecider.Decide(media, new PlaybackRequest(BuiltInProfiles.Find(profile)!, SubtitleIndex: subtitle));

        Assert.Equal(method, decision.Method);
        Assert.Equal(videoCopied, decision.Video!.Copy);
        Assert.Equal(audioCopied, decision.Audio!.Copy);
        if (reason is null)
        {
            Assert.Empty(decision.Why);
        }
        else
        {
            Assert.Contains(reason.Value, decision.ReasonCodes);
            // every code comes with a sentence for a person
            Assert.All(decision.Why, w => Assert.False(string.IsNullOrWhiteSpace(w.Text)));
        }
    }

    [Fact]
    public void Decide_HdrOnBrowser_ToneMappedAndScaledNot()
    {
        var decision = PlaybackDecider.Decide(Clips.HevcEac3Mkv, new PlaybackRequest(BuiltInProfiles.Chromium));

        Assert.True(decision.Video!.ToneMap);
        Assert.Equal("h264", decision.Video.Codec);
        Assert.Contains(TranscodeReason.VideoRangeTypeNotSupported, decision.ReasonCodes);
        Assert.Equal(2, decision.Audio!.Channels);
    }

    [Fact]
    public void Decide_PictureSubtitleOnShield_ShownNatively()
    {
        var decision = PlaybackDecider.Decide(Clips.PictureSubtitleMkv, new PlaybackRequest(BuiltInProfiles.Shield(), SubtitleIndex: 2));

        Assert.Equal(SubtitleDelivery.Native, decision.Subtitle!.Delivery);
    }

    [Fact]
    public void Decide_PictureSubtitleOnShieldWhenRemuxNeeded_BurnedInBecauseHlsCannotCarryIt()
    {
        var media = Clips.PictureSubtitleMkv with { Audio = [new Core.Media.AudioTrack(1, "dts", null, 6, "eng", null, true, null)] };

        var decision = PlaybackDecider.Decide(media, new PlaybackRequest(BuiltInProfiles.Shield(), SubtitleIndex: 2));

        Assert.Equal(SubtitleDelivery.BurnIn, decision.Subtitle!.Delivery);
        Assert.False(decision.Video!.Copy);
        Assert.Contains(TranscodeReason.SubtitleCodecNotSupported, decision.ReasonCodes);
    }

    [Fact]
    public void Decide_ShieldWithDtsPassthrough_DirectPlay()
    {
        var decision = PlaybackDecider.Decide(Clips.H264DtsMkv, new PlaybackRequest(BuiltInProfiles.Shield(["dts", "truehd"])));

        Assert.Equal(PlayMethod.DirectPlay, decision.Method);
        Assert.Empty(decision.Reasons);
    }

    [Fact]
    public void Decide_ClientSentProfile_UsedAsIs()
    {
        var custom = new DeviceProfile
        {
            Id = "my-tv",
            Name = "My TV",
            Containers = ["mkv"],
            Video = [new VideoCodecRule("hevc") { MaxBitDepth = 10, Ranges = [Core.Media.DynamicRange.Sdr, Core.Media.DynamicRange.Hdr10] }],
            Audio = [new AudioCodecRule("eac3", 6)],
        };

        Assert.Equal(PlayMethod.DirectPlay, PlaybackDecider.Decide(Clips.HevcEac3Mkv, new PlaybackRequest(custom)).Method);
        Assert.Equal(PlayMethod.Transcode, PlaybackDecider.Decide(Clips.H264AacMp4, new PlaybackRequest(custom)).Method);
    }
}
