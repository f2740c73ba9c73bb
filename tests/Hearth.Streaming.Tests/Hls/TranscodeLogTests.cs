using Hearth.Streaming.Decisions;
using Hearth.Streaming.Ffmpeg;
using Hearth.Streaming.Hls;

namespace Hearth.Streaming.Tests.Hls;

/// <summary>The line logged when ffmpeg starts says what the decision was: a remux is never "Transcoding".</summary>
public sealed class TranscodeLogTests
{
    private static readonly VideoPlan CopiedVideo = new(0, true, "h264", 1920, 1080, null, false, null);
    private static readonly VideoPlan EncodedVideo = new(0, false, "h264", 1280, 720, 4_000_000, false, null);
    private static readonly AudioPlan CopiedAudio = new(1, true, "aac", 2, null, "eng");
    private static readonly AudioPlan EncodedAudio = new(1, false, "aac", 2, 192_000, "eng");

    [Fact]
    public void Describe_Remux_SaysRemuxingNotTranscoding()
    {
        var remux = new PlaybackDecision(PlayMethod.DirectStream, CopiedVideo, CopiedAudio, null, [], null);

        var line = HlsTranscode.Describe(remux, HardwareAcceleration.None, "Alien", 0);

        Assert.StartsWith("Remuxing Alien from segment 0", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Transcod", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_AudioOnly_SaysVideoCopied()
    {
        var audio = new PlaybackDecision(PlayMethod.Transcode, CopiedVideo, EncodedAudio, null, [], null);

        Assert.Equal("Transcoding the audio of Alien from segment 3 (video copied)", HlsTranscode.Describe(audio, HardwareAcceleration.None, "Alien", 3));
    }

    [Fact]
    public void Describe_VideoEncoded_NamesTheEncoder()
    {
        var video = new PlaybackDecision(PlayMethod.Transcode, EncodedVideo, EncodedAudio, null, [], null);

        Assert.Equal("Transcoding Alien from segment 0 (libx264)", HlsTranscode.Describe(video, HardwareAcceleration.None, "Alien", 0));
    }
}
