using Hearth.Core.Media;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Tests.Decisions;

public sealed class PlaybackDeciderTests
{
    private static readonly MediaDescription TwoLanguages = Clips.H264AacMp4 with
    {
        Audio =
        [
            new AudioTrack(1, "aac", "LC", 2, "eng", null, true, 192_000),
            new AudioTrack(2, "aac", "LC", 2, "ger", null, false, 192_000),
        ],
        Subtitles =
        [
            new SubtitleTrack(3, "subrip", "eng", null, false, true, null),
            new SubtitleTrack(4, "subrip", "ger", "Forced", false, true, null),
            new SubtitleTrack(5, "subrip", "ger", "Full", false, false, null),
        ],
    };

    [Fact]
    public void Decide_PreferredLanguageNotDefault_ThatTrackRemuxed()
    {
        var decision = PlaybackDecider.Decide(TwoLanguages, new PlaybackRequest(BuiltInProfiles.Chromium, PreferredLanguages: ["de", "en"]));

        Assert.Equal(2, decision.Audio!.Index);
        Assert.Equal(PlayMethod.DirectStream, decision.Method);
        Assert.Contains(TranscodeReason.SecondaryAudioNotSupported, decision.ReasonCodes);
    }

    [Theory]
    [InlineData("en", 3)]
    [InlineData("deu", 4)]
    public void Decide_NoSubtitleAsked_ForcedOneInTheAudioLanguage(string language, int forced)
    {
        var decision = PlaybackDecider.Decide(TwoLanguages, new PlaybackRequest(BuiltInProfiles.Chromium, PreferredLanguages: [language]));

        Assert.Equal(forced, decision.Subtitle!.Index);
        Assert.Equal(SubtitleDelivery.Sidecar, decision.Subtitle.Delivery);
    }

    [Fact]
    public void Decide_SubtitlesTurnedOff_NoneEvenForced()
    {
        Assert.Null(PlaybackDecider.Decide(TwoLanguages, new PlaybackRequest(BuiltInProfiles.Chromium, SubtitleIndex: -1)).Subtitle);
    }

    [Fact]
    public void Decide_BitrateOverTheLimit_TranscodedSmallerWithReason()
    {
        var decision = PlaybackDecider.Decide(Clips.H264AacMp4, new PlaybackRequest(BuiltInProfiles.Chromium, MaxBitrate: 3_000_000));

        Assert.Equal(PlayMethod.Transcode, decision.Method);
        Assert.Equal(1280, decision.Video!.Width);
        Assert.Equal(720, decision.Video.Height);
        Assert.True(decision.Video.Bitrate <= 3_000_000 - 192_000);
        Assert.True(decision.Audio!.Copy);
        Assert.Contains(TranscodeReason.ContainerBitrateExceedsLimit, decision.ReasonCodes);
    }

    [Fact]
    public void Decide_SurroundAacOnBrowser_DownmixedToStereo()
    {
        var media = Clips.H264AacMp4 with { Audio = [new AudioTrack(1, "aac", "LC", 6, "eng", null, true, 384_000)] };

        var decision = PlaybackDecider.Decide(media, new PlaybackRequest(BuiltInProfiles.Chromium));

        Assert.Equal(2, decision.Audio!.Channels);
        Assert.True(decision.Video!.Copy);
        Assert.Contains(TranscodeReason.AudioChannelsNotSupported, decision.ReasonCodes);
    }

    [Fact]
    public void Decide_DolbyVisionProfileShieldDoesNotTake_ToneMapped()
    {
        var media = Clips.HevcEac3Mkv with { Video = [Clips.HevcEac3Mkv.Video[0] with { Range = DynamicRange.DolbyVision, DolbyVisionProfile = 4 }] };

        var decision = PlaybackDecider.Decide(media, new PlaybackRequest(BuiltInProfiles.Shield()));

        Assert.True(decision.Video!.ToneMap);
        Assert.Contains(TranscodeReason.VideoRangeTypeNotSupported, decision.ReasonCodes);
    }

    [Fact]
    public void Fit_WiderThanTheBox_EvenSizeKeepingAspect()
    {
        Assert.Equal((1920, 800), PlaybackDecider.Fit(3840, 1600, 1920, 1080));
        Assert.Equal((1280, 720), PlaybackDecider.Fit(1280, 720, 1920, 1080));
    }
}
