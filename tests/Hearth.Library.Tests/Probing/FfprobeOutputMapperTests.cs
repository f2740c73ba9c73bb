using Hearth.Library.Probing;

namespace Hearth.Library.Tests.Probing;

public sealed class FfprobeOutputMapperTests
{
    [Fact]
    public void Map_Hdr10Matroska_ReadsStreamsAndHdr10()
    {
        var info = FfprobeOutputMapper.Map(FfprobeFixtures.Hdr10Hevc, "/m/Movie (2020).mkv");

        Assert.Equal("mkv", info.Container);
        Assert.Equal(7083.12, info.DurationSeconds);
        Assert.Equal(54_000_000, info.Bitrate);
        var video = Assert.Single(info.Video);
        Assert.Equal(("hevc", "Main 10", 153, 3840, 2160), (video.Codec, video.Profile, video.Level, video.Width, video.Height));
        Assert.Equal(23.976, video.FrameRate);
        Assert.Equal(10, video.BitDepth);
        Assert.Equal(HdrKind.Hdr10, video.Hdr);
        Assert.Null(video.DolbyVisionProfile);
        Assert.Equal(("smpte2084", "bt2020"), (video.ColorTransfer, video.ColorPrimaries));
        Assert.Equal(52_000_000, video.Bitrate); // from the Matroska BPS tag
        Assert.True(video.IsDefault);
        var audio = Assert.Single(info.Audio);
        Assert.Equal(("eac3", 6, "5.1(side)", "eng", 48000), (audio.Codec, audio.Channels, audio.ChannelLayout, audio.Language, audio.SampleRate));
    }

    [Fact]
    public void Map_DolbyVisionSideData_DolbyVisionWithProfile()
    {
        var info = FfprobeOutputMapper.Map(FfprobeFixtures.DolbyVisionProfile8, "/m/x.mp4");

        var video = Assert.Single(info.Video);
        Assert.Equal(HdrKind.DolbyVision, video.Hdr);
        Assert.Equal(8, video.DolbyVisionProfile);
        Assert.Equal("mp4", info.Container);
        Assert.Equal("Atmos", info.Audio[0].Title);
    }

    [Fact]
    public void Map_Hdr10PlusSideDataAndAribTransfer_Hdr10PlusAndHlg()
    {
        var info = FfprobeOutputMapper.Map(FfprobeFixtures.Hdr10PlusAndHlg, "/m/x.ts");

        Assert.Equal([HdrKind.Hdr10Plus, HdrKind.Hlg], info.Video.Select(v => v.Hdr));
        Assert.Equal("ts", info.Container);
        Assert.Empty(info.Audio);
    }

    [Fact]
    public void Map_AttachedPicture_SkippedFromVideo()
    {
        var info = FfprobeOutputMapper.Map(FfprobeFixtures.AttachedPicture, "/m/clip.m4v");

        var video = Assert.Single(info.Video);
        Assert.Equal(("h264", 0, 31, 8), (video.Codec, video.Index, video.Level, video.BitDepth));
        Assert.Equal(29.97, video.FrameRate); // avg_frame_rate 0/0 falls back to r_frame_rate
        Assert.Null(info.Audio[0].Language); // "und" is no language
        Assert.Equal(128_000, info.Audio[0].Bitrate);
        Assert.Equal("m4v", info.Container);
    }

    [Fact]
    public void Map_SeveralAudioLanguages_NormalisedAndInOrder()
    {
        var info = FfprobeOutputMapper.Map(FfprobeFixtures.MultipleLanguages, "/m/x.mkv");

        Assert.Equal(["eng", "fre", "ger"], info.Audio.Select(a => a.Language));
        Assert.Equal([1, 2, 3], info.Audio.Select(a => a.Index));
        Assert.Equal([true, false, false], info.Audio.Select(a => a.IsDefault));
        Assert.Equal("DTS-HD MA", info.Audio[2].Profile);
        Assert.Equal("Kommentar", info.Audio[2].Title);
        Assert.Equal(2, info.Subtitles.Count);
        Assert.True(info.Subtitles[0].IsForced);
        Assert.False(info.Subtitles[0].IsHearingImpaired);
        Assert.True(info.Subtitles[1].IsHearingImpaired); // said only in the title
        Assert.All(info.Subtitles, s => Assert.False(s.IsExternal));
        Assert.Equal("hdmv_pgs_subtitle", info.Subtitles[1].Codec);
    }

    [Fact]
    public void Map_NoVideoOrAudio_ThrowsMediaProbeException()
    {
        var e = Assert.Throws<MediaProbeException>(() => FfprobeOutputMapper.Map(FfprobeFixtures.DataOnly, "/m/x.ts"));

        Assert.Equal((ProbeFailure.NotMedia, "not a video: the file has no video or audio stream"), (e.Kind, e.Message));
    }

    [Fact]
    public void Map_NotJson_ThrowsMediaProbeException()
    {
        Assert.Throws<MediaProbeException>(() => FfprobeOutputMapper.Map("garbage", "/m/x.mkv"));
    }

    [Theory]
    [InlineData("24000/1001", 23.976)]
    [InlineData("25/1", 25.0)]
    [InlineData("0/0", null)]
    [InlineData(null, null)]
    public void FrameRate_Ratio_Number(string? ratio, double? expected)
    {
        Assert.Equal(expected, FfprobeOutputMapper.FrameRate(ratio));
    }

    [Theory]
    [InlineData(null, "yuv420p10le", 10)]
    [InlineData(null, "p010le", 10)]
    [InlineData(null, "yuv444p12be", 12)]
    [InlineData(null, "yuv420p", 8)]
    [InlineData(10, "yuv420p", 10)]
    [InlineData(null, null, null)]
    public void BitDepth_FieldOrPixelFormat_Depth(int? bitsPerRawSample, string? pixelFormat, int? expected)
    {
        Assert.Equal(expected, FfprobeOutputMapper.BitDepth(bitsPerRawSample, pixelFormat));
    }

    [Theory]
    [InlineData("mov,mp4,m4a,3gp,3g2,mj2", "/a/b.mp4", "mp4")]
    [InlineData("mov,mp4,m4a,3gp,3g2,mj2", "/a/b.MOV", "mov")]
    [InlineData("matroska,webm", "/a/b.mkv", "mkv")]
    [InlineData("matroska,webm", "/a/b.webm", "webm")]
    [InlineData("mpegts", "/a/b.ts", "ts")]
    [InlineData("mpegts", "/a/b.m2ts", "m2ts")]
    [InlineData("avi", "/a/b.avi", "avi")]
    [InlineData("asf", "/a/b.wmv", "wmv")]
    [InlineData(null, "/a/b.flv", "flv")]
    public void FromFormatName_FamilyAndExtension_ContainerName(string? formatName, string path, string expected)
    {
        Assert.Equal(expected, ContainerNames.FromFormatName(formatName, path));
    }

    [Fact]
    public void Serialize_MediaInfo_RoundTripsWithSourceGeneratedContext()
    {
        var info = FfprobeOutputMapper.Map(FfprobeFixtures.MultipleLanguages, "/m/x.mkv");

        var json = System.Text.Json.JsonSerializer.Serialize(info, MediaInfoJsonContext.Default.MediaInfo);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, MediaInfoJsonContext.Default.MediaInfo)!;

        Assert.Contains("\"hdr\":\"None\"", json, StringComparison.Ordinal);
        Assert.Equal(info.Container, back.Container);
        Assert.Equal(info.Audio, back.Audio);
        Assert.Equal(info.Video, back.Video);
        Assert.Equal(info.Subtitles, back.Subtitles);
    }
}
