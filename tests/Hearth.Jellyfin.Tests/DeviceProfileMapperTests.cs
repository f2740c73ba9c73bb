using System.Text.Json;
using Hearth.Core.Media;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Playback;

namespace Hearth.Jellyfin.Tests;

public sealed class DeviceProfileMapperTests
{
    // the shape an Android TV app sends (trimmed): mkv/mp4 direct play, HLS fMP4 transcodes, codec limits, subtitles
    private const string AndroidTv = """
        {
          "Name": "AndroidTV-ExoPlayer",
          "MaxStreamingBitrate": 120000000,
          "MaxStaticBitrate": 100000000,
          "DirectPlayProfiles": [
            { "Container": "mkv,webm", "VideoCodec": "h264,hevc,vp9", "AudioCodec": "aac,ac3,eac3,opus", "Type": "Video" },
            { "Container": "mp4,m4v", "VideoCodec": "h264,hevc", "AudioCodec": "aac,ac3", "Type": "Video" },
            { "Container": "mp3", "Type": "Audio" }
          ],
          "TranscodingProfiles": [
            { "Container": "mp4", "Type": "Video", "VideoCodec": "h264", "AudioCodec": "aac,ac3", "Protocol": "hls", "Context": "Streaming", "MaxAudioChannels": "6" }
          ],
          "CodecProfiles": [
            { "Type": "Video", "Codec": "h264", "Conditions": [
              { "Condition": "EqualsAny", "Property": "VideoProfile", "Value": "high|main|baseline|constrained baseline", "IsRequired": false },
              { "Condition": "LessThanEqual", "Property": "VideoLevel", "Value": "51", "IsRequired": false } ] },
            { "Type": "Video", "Codec": "hevc", "Conditions": [
              { "Condition": "EqualsAny", "Property": "VideoRangeType", "Value": "SDR|HDR10|DOVI|DOVIWithHDR10", "IsRequired": false },
              { "Condition": "LessThanEqual", "Property": "VideoBitDepth", "Value": "10" },
              { "Condition": "LessThanEqual", "Property": "Width", "Value": "3840" } ] },
            { "Type": "VideoAudio", "Codec": "eac3", "Conditions": [ { "Condition": "LessThanEqual", "Property": "AudioChannels", "Value": "6" } ] }
          ],
          "SubtitleProfiles": [
            { "Format": "srt", "Method": "External" },
            { "Format": "ass", "Method": "Encode" },
            { "Format": "pgssub", "Method": "Embed" },
            { "Format": "vtt", "Method": "Hls" }
          ]
        }
        """;

    private static JellyfinDeviceProfile Parse(string json) => JsonSerializer.Deserialize<JellyfinDeviceProfile>(json, JellyfinJson.Options)!;

    [Fact]
    public void Map_AndroidTvProfileForMkv_CodecsLimitsAndSubtitles()
    {
        var profile = DeviceProfileMapper.Map(Parse(AndroidTv), "mkv", "hevc");

        Assert.Equal(["mkv", "webm", "mp4", "m4v"], profile.Containers);
        Assert.Equal(["h264", "hevc", "vp9"], profile.Video.Select(v => v.Codec));
        Assert.Equal(["aac", "ac3", "eac3", "opus"], profile.Audio.Select(a => a.Codec));
        var h264 = profile.VideoRule("h264")!;
        Assert.Equal(51, h264.MaxLevel);
        Assert.Equal(["high", "main", "baseline", "constrained baseline"], h264.Profiles!);
        Assert.Equal(8, h264.MaxBitDepth);
        var hevc = profile.VideoRule("hevc")!;
        Assert.Equal(10, hevc.MaxBitDepth);
        Assert.Equal([DynamicRange.Sdr, DynamicRange.Hdr10, DynamicRange.DolbyVision], hevc.Ranges);
        Assert.Equal(6, profile.AudioRule("eac3")!.MaxChannels);
        Assert.Equal(8, profile.AudioRule("aac")!.MaxChannels);
        Assert.Equal(3840, profile.MaxWidth);
        Assert.Equal(100_000_000, profile.MaxBitrate);
        Assert.Equal(6, profile.MaxAudioChannels);
        Assert.True(profile.HlsFmp4);
        Assert.Contains("subrip", profile.TextSubtitles);
        Assert.Contains("webvtt", profile.TextSubtitles);
        Assert.DoesNotContain("ass", profile.TextSubtitles);
        Assert.Equal(["hdmv_pgs_subtitle"], profile.ImageSubtitles);
    }

    [Fact]
    public void Map_ContainerOnlyInOneProfile_TakesThatProfilesCodecs()
    {
        var profile = DeviceProfileMapper.Map(Parse(AndroidTv), "mp4", "h264");

        Assert.Equal(["h264", "hevc"], profile.Video.Select(v => v.Codec));
        Assert.Equal(["aac", "ac3"], profile.Audio.Select(a => a.Codec));
    }

    [Fact]
    public void Map_ContainerNoProfilePlays_TakesTheHlsProfilesCodecs()
    {
        var profile = DeviceProfileMapper.Map(Parse(AndroidTv), "avi", "h264");

        Assert.Equal(["h264"], profile.Video.Select(v => v.Codec));
        Assert.Equal(["aac", "ac3"], profile.Audio.Select(a => a.Codec));
        Assert.False(profile.TakesContainer("avi"));
    }

    [Fact]
    public void Map_WidthLimitOfAnotherCodec_DoesNotLimitThisFile()
    {
        var profile = DeviceProfileMapper.Map(Parse(AndroidTv), "mkv", "h264");

        Assert.Equal(3840, profile.MaxWidth);
        Assert.Equal(2160, profile.MaxHeight);
    }

    [Fact]
    public void Map_TsHlsProfileAndEmptyCodecLists_TsSegmentsAndCommonCodecsButNotDts()
    {
        var profile = DeviceProfileMapper.Map(Parse("""
            { "DirectPlayProfiles": [ { "Container": "mpegts,mkv", "Type": "Video" } ],
              "TranscodingProfiles": [ { "Container": "ts", "Type": "Video", "Protocol": "hls", "VideoCodec": "h264", "AudioCodec": "aac" } ] }
            """), "ts");

        Assert.False(profile.HlsFmp4);
        Assert.Equal(["ts", "mkv"], profile.Containers);
        Assert.Contains("hevc", profile.Video.Select(v => v.Codec));
        Assert.Contains("eac3", profile.Audio.Select(a => a.Codec));
        Assert.DoesNotContain("dts", profile.Audio.Select(a => a.Codec));
        Assert.Equal(2, profile.MaxAudioChannels);
    }

    [Fact]
    public void Map_GarbageConditions_IgnoredNotThrown()
    {
        var profile = DeviceProfileMapper.Map(Parse("""
            { "DirectPlayProfiles": [ { "Container": "mp4", "VideoCodec": "h264", "AudioCodec": "aac", "Type": "Video" }, null ],
              "CodecProfiles": [
                { "Type": "Video", "Codec": "h264", "Conditions": [
                  { "Condition": "LessThanEqual", "Property": "VideoLevel", "Value": "high" },
                  { "Condition": "Sometimes", "Property": "VideoLevel", "Value": "40" },
                  { "Condition": "LessThanEqual", "Property": "FluxCapacitance", "Value": "88" },
                  { "Condition": "LessThanEqual", "Property": "VideoBitDepth", "Value": "NaN" },
                  { "Condition": "LessThanEqual", "Property": "Width", "Value": "-5" },
                  { "Condition": "EqualsAny", "Property": "VideoRangeType", "Value": "" },
                  null ] },
                { "Type": "Hologram", "Codec": "h264", "Conditions": [ { "Condition": "LessThanEqual", "Property": "VideoLevel", "Value": "30" } ] } ],
              "SubtitleProfiles": [ { "Format": null, "Method": "External" }, { "Format": "srt", "Method": "Telepathy" } ],
              "TranscodingProfiles": [ { "Container": "mp4", "Protocol": "hls", "MaxAudioChannels": "lots" } ] }
            """), "mp4", "h264");

        var h264 = Assert.Single(profile.Video);
        Assert.Null(h264.MaxLevel);
        Assert.Equal(8, h264.MaxBitDepth);
        Assert.Equal(3840, profile.MaxWidth);
        Assert.Equal(2, profile.MaxAudioChannels);
        Assert.Contains("subrip", profile.TextSubtitles);
    }

    [Fact]
    public void Map_NoSubtitleProfiles_TextShownPicturesBurned()
    {
        var profile = DeviceProfileMapper.Map(new JellyfinDeviceProfile());

        Assert.Contains("subrip", profile.TextSubtitles);
        Assert.Empty(profile.ImageSubtitles);
        Assert.Empty(profile.Containers);
        Assert.False(profile.HlsFmp4);
    }

    [Fact]
    public void SubRip_FromWebVtt_NumberedCuesWithCommaTimes()
    {
        var srt = SubRip.FromWebVtt("WEBVTT\n\nNOTE a note\n\n00:00.500 --> 00:11.000 align:start\nPlain words\n\n01:02:03.004 --> 01:02:04.000\nTwo\nlines\n");

        Assert.Equal("1\n00:00:00,500 --> 00:00:11,000\nPlain words\n\n2\n01:02:03,004 --> 01:02:04,000\nTwo\nlines\n\n", srt);
    }
}
