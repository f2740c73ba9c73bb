namespace Hearth.Streaming.Hls;

/// <summary>
/// Where every segment starts and how long it lasts, known before a single frame is encoded, so the media
/// playlist covers the whole film and a player can seek anywhere from the start.
/// </summary>
public sealed class SegmentPlan
{
    private SegmentPlan(IReadOnlyList<double> starts, double duration)
    {
        Starts = starts;
        Duration = duration;
    }

    public IReadOnlyList<double> Starts { get; }

    public double Duration { get; }

    public int Count => Starts.Count;

    public double Start(int segment) => Starts[segment];

    public double Length(int segment) => (segment + 1 < Starts.Count ? Starts[segment + 1] : Duration) - Starts[segment];

    /// <summary>Encoding: keyframes are forced every <paramref name="seconds"/>, so segments are that long, the last one shorter.</summary>
    public static SegmentPlan Uniform(double duration, double seconds)
    {
        // a container duration a few milliseconds past the last full segment (audio outlasting video) adds no segment of its own
        var count = Math.Max(1, (int)Math.Ceiling((duration - 0.1) / seconds));
        return new SegmentPlan([.. Enumerable.Range(0, count).Select(i => i * seconds)], duration);
    }

    /// <summary>
    /// Copying: a segment can only start on a keyframe of the source. Cut the way ffmpeg's HLS muxer does —
    /// at the first keyframe at or past <c>n × seconds</c> for the n-th cut — so the files match the list.
    /// </summary>
    public static SegmentPlan FromKeyframes(IReadOnlyList<double> keyframes, double duration, double seconds)
    {
        if (keyframes.Count == 0)
        {
            return Uniform(duration, seconds);
        }

        var first = keyframes[0];
        var starts = new List<double> { 0 };
        var number = 1;
        foreach (var keyframe in keyframes.Skip(1))
        {
            if (keyframe - first >= number * seconds - 1e-3 && keyframe < duration - 0.05)
            {
                starts.Add(keyframe);
                number++;
            }
        }

        return new SegmentPlan(starts, duration);
    }
}
