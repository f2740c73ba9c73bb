namespace Hearth.Streaming.Ffmpeg;

/// <summary>The pieces of a video filter chain, each a pure function of what it changes.</summary>
public static class VideoFilters
{
    /// <summary>Scales to an exact even size with a good downscaler.</summary>
    public static string Scale(int width, int height) => $"scale={width}:{height}:flags=lanczos";

    /// <summary>
    /// HDR (PQ or HLG, BT.2020) to SDR BT.709: linearise with zscale, tone-map with Hable in linear light
    /// (keeps highlight detail where clipping would not), then back to BT.709 8-bit.
    /// </summary>
    public static string ToneMap() =>
        "zscale=t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,tonemap=tonemap=hable:desat=0,zscale=t=bt709:m=bt709:r=tv,format=yuv420p";

    /// <summary>Text subtitles drawn by libass from the file (<paramref name="relativeIndex"/> counts subtitle streams only).</summary>
    public static string BurnText(string path, int? relativeIndex)
    {
        var escaped = path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace(":", "\\:", StringComparison.Ordinal);
        return relativeIndex is { } n ? $"subtitles=filename='{escaped}':si={n}" : $"subtitles=filename='{escaped}'";
    }
}
