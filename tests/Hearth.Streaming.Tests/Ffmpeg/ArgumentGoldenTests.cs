using Hearth.Streaming.Ffmpeg;

namespace Hearth.Streaming.Tests.Ffmpeg;

/// <summary>Golden tests: each builder's exact arguments, so a change to a command is a deliberate one.</summary>
public sealed class ArgumentGoldenTests
{
    [Fact]
    public void Input_WithSeek_SeekBeforeInput()
    {
        Assert.Equal(
            ["-nostdin", "-hide_banner", "-loglevel", "warning", "-progress", "pipe:1", "-nostats", "-y", "-ss", "12.5", "-fflags", "+genpts+discardcorrupt", "-i", "/m/a.mkv"],
            InputArguments.Build("/m/a.mkv", 12.5, []));
    }

    [Fact]
    public void Input_Vaapi_DeviceBeforeInput()
    {
        var args = InputArguments.Build("/m/a.mkv", 0, HardwareEncoders.DeviceArguments(HardwareAcceleration.Vaapi, "/dev/dri/renderD128"));

        Assert.Equal(["-vaapi_device", "/dev/dri/renderD128"], args.Skip(8).Take(2));
        Assert.DoesNotContain("-ss", args);
    }

    [Fact]
    public void Video_Copy_MapAndCopy()
    {
        Assert.Equal(["-map", "0:0", "-c:v", "copy"], VideoArguments.Copy(0));
    }

    [Fact]
    public void Video_EncodeScaleToneMap_FiltersInOrderAndKeyframesOnSegments()
    {
        var args = VideoArguments.Encode(new VideoEncode(0, 1920, 1080, ScaleNeeded: true, 8_000_000, ToneMap: true, SegmentSeconds: 6, Start: 0));

        Assert.Equal(
            [
                "-map", "0:0",
                "-vf", "zscale=t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=hable:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p,scale=1920:1080:flags=lanczos",
                "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-level:v", "4.1",
                "-b:v", "8000000", "-maxrate", "8000000", "-bufsize", "16000000",
                "-force_key_frames", "expr:gte(t,n_forced*6)", "-sc_threshold", "0",
            ],
            args);
    }

    [Fact]
    public void Video_BurnInPictureWithNvenc_OverlayInAFilterGraph()
    {
        var args = VideoArguments.Encode(new VideoEncode(0, 1280, 720, ScaleNeeded: true, 4_000_000, ToneMap: false, 6, 0, HardwareAcceleration.Nvenc, new BurnIn(3, IsImage: true, "/m/a.mkv", 0)));

        Assert.Equal(["-filter_complex", "[0:0][0:3]overlay=eof_action=pass,scale=1280:720:flags=lanczos,format=yuv420p[v]", "-map", "[v]", "-c:v", "h264_nvenc"], args.Take(6));
    }

    [Fact]
    public void Video_BurnInTextAfterSeek_ShiftedToFilmTimeAndBack()
    {
        var args = VideoArguments.Encode(new VideoEncode(0, 320, 180, ScaleNeeded: false, 1_000_000, ToneMap: false, 2, Start: 8, BurnIn: new BurnIn(4, IsImage: false, "/m/it's:here.mkv", 1)));

        Assert.Equal("setpts=PTS+8/TB,subtitles=filename='/m/it\\'s\\:here.mkv':si=1,setpts=PTS-STARTPTS,format=yuv420p", args[3]);
    }

    [Fact]
    public void Video_Vaapi_UploadAtTheEnd()
    {
        var args = VideoArguments.Encode(new VideoEncode(0, 320, 180, ScaleNeeded: false, 1_000_000, ToneMap: false, 2, 0, HardwareAcceleration.Vaapi));

        Assert.Equal("format=yuv420p,format=nv12,hwupload", args[3]);
        Assert.Equal("h264_vaapi", args[5]);
    }

    [Fact]
    public void Audio_SurroundToStereo_DownmixAtMinus3dB()
    {
        Assert.Equal(
            ["-map", "0:1", "-c:a", "aac", "-b:a", "192000", "-af", "pan=stereo|FL=FL+0.7071*FC+0.7071*BL+0.7071*SL|FR=FR+0.7071*FC+0.7071*BR+0.7071*SR", "-ac", "2", "-ar", "48000"],
            AudioArguments.Encode(1, 6, 2, 192_000));
    }

    [Fact]
    public void Audio_SameChannels_NoDownmix()
    {
        Assert.Equal(["-map", "0:1", "-c:a", "aac", "-b:a", "384000", "-ac", "6", "-ar", "48000"], AudioArguments.Encode(1, 6, 6, 384_000));
    }

    [Fact]
    public void Hls_RestartAtSegment_NumberedFromThereOnOneTimeline()
    {
        Assert.Equal(
            [
                "-max_muxing_queue_size", "2048", "-avoid_negative_ts", "disabled", "-output_ts_offset", "24",
                "-f", "hls", "-hls_time", "6", "-hls_list_size", "0", "-hls_playlist_type", "event", "-start_number", "4",
                "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4", "-hls_segment_options", "movflags=+frag_discont",
                "-hls_segment_filename", "/t/s/%d.m4s", "/t/s/ffmpeg.m3u8",
            ],
            HlsMuxArguments.Build("/t/s", 6, 4, 24, fmp4: true));
    }

    [Fact]
    public void Hls_Ts_MpegTsSegments()
    {
        var args = HlsMuxArguments.Build("/t/s", 6, 0, 0, fmp4: false);

        Assert.Equal(["-hls_segment_type", "mpegts", "-hls_segment_filename", "/t/s/%d.ts", "/t/s/ffmpeg.m3u8"], args.TakeLast(5));
        Assert.DoesNotContain("-output_ts_offset", args);
    }

    [Fact]
    public void WebVtt_EmbeddedTrack_ThatStreamOnly()
    {
        Assert.Equal(
            ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", "/m/a.mkv", "-map", "0:3", "-c:s", "webvtt", "-f", "webvtt", "/c/a.vtt"],
            WebVttArguments.For("/m/a.mkv", 3, "/c/a.vtt"));
    }

    [Fact]
    public void WebVtt_SubtitleFile_ItsFirstSubtitleStream()
    {
        Assert.Equal(["-map", "0:s:0"], WebVttArguments.For("/m/a.en.srt", null, "/c/a.vtt").Skip(7).Take(2));
    }
}
