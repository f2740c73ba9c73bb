namespace Hearth.Core.Media;

/// <summary>
/// The subtitle codecs (as ffprobe names them, and the short names players use) that hold pictures rather
/// than text: PGS from Blu-rays, VobSub from DVDs, DVB, XSUB. A picture subtitle can be shown by a player
/// that renders it or burned into the video, never sent as WebVTT. The one list the library and streaming share.
/// </summary>
public static class SubtitleCodecs
{
    private static readonly HashSet<string> Pictures = new(StringComparer.OrdinalIgnoreCase)
    {
        "hdmv_pgs_subtitle", "pgs", "dvd_subtitle", "vobsub", "dvb_subtitle", "xsub",
    };

    public static bool IsPicture(string codec) => Pictures.Contains(codec);
}
