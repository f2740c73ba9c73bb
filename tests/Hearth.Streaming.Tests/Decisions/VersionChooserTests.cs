using Hearth.Core.Media;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Profiles;

namespace Hearth.Streaming.Tests.Decisions;

/// <summary>Which version of a film a device gets when the film is kept in 2160p HDR HEVC and in 1080p H.264.</summary>
public class VersionChooserTests
{
    private static readonly PlayableMedia Uhd = new(Guid.NewGuid(), "Blade Runner", "/m/Blade Runner (1982)/2160p.mkv", Clips.HevcEac3Mkv) { FileId = Guid.NewGuid(), VersionName = "2160p HEVC HDR10" };

    private static readonly PlayableMedia Hd = new(Uhd.ItemId, "Blade Runner", "/m/Blade Runner (1982)/1080p.mp4", Clips.H264AacMp4) { FileId = Guid.NewGuid(), VersionName = "1080p H264" };

    private static readonly PlayableMedia Small = new(Uhd.ItemId, "Blade Runner", "/m/Blade Runner (1982)/480p.mp4", Clips.H264AacMp4 with
    {
        Bitrate = 1_500_000,
        Video = [new VideoTrack(0, "h264", "Main", 30, 854, 480, 25, 8, DynamicRange.Sdr, null, 1_300_000)],
    })
    { FileId = Guid.NewGuid(), VersionName = "480p H264" };

    [Fact]
    public void A_browser_gets_the_1080p_file_as_it_is_rather_than_a_tone_mapped_transcode_of_the_2160p_one()
    {
        var ranked = VersionChooser.Rank([Uhd, Hd], new PlaybackRequest(BuiltInProfiles.Chromium));
        Assert.Same(Hd, ranked[0].Media);
        Assert.Equal(PlayMethod.DirectPlay, ranked[0].Decision.Method);
        Assert.Equal(PlayMethod.Transcode, ranked[1].Decision.Method);
    }

    [Fact]
    public void The_shield_with_passthrough_gets_the_2160p_hdr_file_as_it_is()
    {
        var shield = BuiltInProfiles.Find("shield", ["eac3", "dts", "truehd"])!;
        var ranked = VersionChooser.Rank([Hd, Uhd], new PlaybackRequest(shield));
        Assert.Same(Uhd, ranked[0].Media);
        Assert.Equal(PlayMethod.DirectPlay, ranked[0].Decision.Method);
    }

    [Fact]
    public void A_slow_link_gets_the_version_that_fits_it_and_among_transcodes_the_better_picture()
    {
        var slow = VersionChooser.Rank([Uhd, Hd, Small], new PlaybackRequest(BuiltInProfiles.Chromium, MaxBitrate: 2_000_000));
        Assert.Same(Small, slow[0].Media);
        Assert.Equal(PlayMethod.DirectPlay, slow[0].Decision.Method);

        // too slow for any as it is: the 1080p one is re-encoded (no tone mapping) rather than the 2160p HDR one
        var slower = VersionChooser.Rank([Uhd, Hd], new PlaybackRequest(BuiltInProfiles.Chromium, MaxBitrate: 1_000_000));
        Assert.Same(Hd, slower[0].Media);
        Assert.Equal(PlayMethod.Transcode, slower[0].Decision.Method);
    }

    [Fact]
    public void A_track_index_holds_only_for_versions_that_have_it_and_one_version_is_just_decided()
    {
        // subtitle 3 (styled ASS) exists only in the 2160p file: the 1080p one still plays, without it
        var ranked = VersionChooser.Rank([Uhd, Hd], new PlaybackRequest(BuiltInProfiles.Chromium, SubtitleIndex: 3));
        Assert.Same(Hd, ranked[0].Media);
        Assert.Null(ranked[0].Decision.Subtitle);
        Assert.Equal(3, ranked[1].Decision.Subtitle?.Index);

        var one = Assert.Single(VersionChooser.Rank([Uhd], new PlaybackRequest(BuiltInProfiles.Chromium)));
        Assert.Same(Uhd, one.Media);
        Assert.Throws<ArgumentException>(() => VersionChooser.Rank([], new PlaybackRequest(BuiltInProfiles.Chromium)));
    }
}
