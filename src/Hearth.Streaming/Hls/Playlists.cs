using System.Globalization;
using System.Text;
using Hearth.Core.Media;
using Hearth.Streaming.Decisions;

namespace Hearth.Streaming.Hls;

/// <summary>A text subtitle offered as an HLS rendition: its stream index, language, name, and the WebVTT it points to.</summary>
public sealed record SubtitleRendition(int Index, string? Language, string Name, bool IsDefault, bool IsForced, string Url);

/// <summary>The master and media playlists (RFC 8216), written from the decision and the segment plan.</summary>
public static class Playlists
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="mainUri">The media playlist's URI, relative to the master's (another API adds its query to it).</param>
    public static string Master(PlaybackDecision decision, MediaDescription media, IReadOnlyList<SubtitleRendition> subtitles, string mainUri = "main.m3u8")
    {
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        foreach (var s in subtitles)
        {
            text.Append(Invariant, $"#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",NAME=\"{s.Name.Replace("\"", "'", StringComparison.Ordinal)}\",LANGUAGE=\"{s.Language ?? "und"}\",DEFAULT={YesNo(s.IsDefault)},AUTOSELECT=YES,FORCED={YesNo(s.IsForced)},URI=\"subtitles/{s.Index}.m3u8\"\n");
        }

        var bandwidth = (decision.Video?.Bitrate ?? media.Bitrate ?? 4_000_000) + (decision.Audio?.Bitrate ?? 192_000);
        text.Append(Invariant, $"#EXT-X-STREAM-INF:BANDWIDTH={bandwidth}");
        if (decision.Video is { } v)
        {
            text.Append(Invariant, $",RESOLUTION={v.Width}x{v.Height}");
        }

        var codecs = CodecStrings.For(decision, media);
        if (codecs.Length > 0)
        {
            text.Append(Invariant, $",CODECS=\"{codecs}\"");
        }

        if (subtitles.Count > 0)
        {
            text.Append(",SUBTITLES=\"subs\"");
        }

        text.Append(Invariant, $"\n{mainUri}\n");
        return text.ToString();
    }

    public static string Media(SegmentPlan plan, bool fmp4) => Media(plan, fmp4, i => i < 0 ? "init.mp4" : string.Create(Invariant, $"{i}.{(fmp4 ? "m4s" : "ts")}"));

    /// <summary>The media playlist with URIs of another API's scheme.</summary>
    /// <param name="uri">The URI of segment N, relative to the playlist; asked with -1 for the fMP4 init segment.</param>
    public static string Media(SegmentPlan plan, bool fmp4, Func<int, string> uri)
    {
        var longest = Enumerable.Range(0, plan.Count).Max(plan.Length);
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:7\n");
        text.Append(Invariant, $"#EXT-X-TARGETDURATION:{(int)Math.Ceiling(longest)}\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n");
        if (fmp4)
        {
            text.Append(Invariant, $"#EXT-X-MAP:URI=\"{uri(-1)}\"\n");
        }

        for (var i = 0; i < plan.Count; i++)
        {
            text.Append(Invariant, $"#EXTINF:{plan.Length(i):0.000000},\n{uri(i)}\n");
        }

        return text.Append("#EXT-X-ENDLIST\n").ToString();
    }

    /// <summary>One WebVTT file for the whole film, as a one-segment subtitle playlist.</summary>
    public static string Subtitle(double duration, string url)
    {
        var seconds = Math.Max(1, duration);
        return string.Create(Invariant, $"#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-TARGETDURATION:{(int)Math.Ceiling(seconds)}\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:{seconds:0.000000},\n{url}\n#EXT-X-ENDLIST\n");
    }

    private static string YesNo(bool value) => value ? "YES" : "NO";
}
