using Hearth.Streaming.Hls;

namespace Hearth.Streaming.Tests.Hls;

public sealed class SegmentPlanTests
{
    [Fact]
    public void Uniform_DurationNotAMultiple_LastSegmentShorter()
    {
        var plan = SegmentPlan.Uniform(13, 6);

        Assert.Equal([0, 6, 12], plan.Starts);
        Assert.Equal(1, plan.Length(2), 3);
    }

    [Fact]
    public void Uniform_AudioOutlastsVideoByMilliseconds_NoSliverSegment()
    {
        Assert.Equal(6, SegmentPlan.Uniform(12.032, 2).Count);
    }

    [Fact]
    public void FromKeyframes_IrregularKeyframes_CutAtFirstKeyframePastEachMultiple()
    {
        var plan = SegmentPlan.FromKeyframes([0, 2.5, 5, 7.5, 10, 12.5, 15], 16, 6);

        Assert.Equal([0, 7.5, 12.5], plan.Starts);
        Assert.Equal(3.5, plan.Length(2), 3);
    }

    [Fact]
    public void Parse_ProbeCsv_OnlyKeyframes()
    {
        Assert.Equal([0, 2.0], KeyframeProbe.Parse("0.000000,K__\n0.040000,___\n2.000000,K_\n"));
    }

    [Fact]
    public void Media_WholePlanUpFront_EveryFragmentListedAndEnded()
    {
        var text = Playlists.Media(SegmentPlan.Uniform(13, 6), fmp4: true);

        Assert.Equal(
            "#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-TARGETDURATION:6\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-MAP:URI=\"init.mp4\"\n" +
            "#EXTINF:6.000000,\n0.m4s\n#EXTINF:6.000000,\n1.m4s\n#EXTINF:1.000000,\n2.m4s\n#EXT-X-ENDLIST\n",
            text);
    }
}
