using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Hearth.Streaming;

/// <summary>
/// Every route streaming serves and every link it hands out, from one template each: the endpoints map the
/// templates, the links are those templates filled in, so a route and the links to it cannot drift apart.
/// </summary>
public static class PlaybackUrls
{
    /// <summary>The original file (direct play).</summary>
    public const string StreamRoute = "/api/v1/items/{id:guid}/stream";

    /// <summary>A text subtitle track as WebVTT.</summary>
    public const string SubtitleRoute = "/api/v1/items/{id:guid}/subtitles/{index:int}";

    /// <summary>Where a client asks how to play an item.</summary>
    public const string StartRoute = "/api/v1/items/{id:guid}/playback";

    /// <summary>The group of one playback session's routes.</summary>
    public const string SessionRoute = "/api/v1/playback/{session:guid}";

    /// <summary>The HLS master playlist, inside <see cref="SessionRoute"/>.</summary>
    public const string MasterRoute = "/master.m3u8";

    private static readonly RoutePattern StreamPattern = RoutePatternFactory.Parse(StreamRoute);
    private static readonly RoutePattern SubtitlePattern = RoutePatternFactory.Parse(SubtitleRoute);
    private static readonly RoutePattern MasterPattern = RoutePatternFactory.Parse(SessionRoute + MasterRoute);

    public static string Stream(Guid itemId) => Fill(StreamPattern, ("id", itemId));

    public static string Subtitle(Guid itemId, int index) => Fill(SubtitlePattern, ("id", itemId), ("index", index));

    public static string Master(Guid sessionId) => Fill(MasterPattern, ("session", sessionId));

    /// <summary>The pattern's path with its parameters replaced by the values (each one required).</summary>
    internal static string Fill(RoutePattern pattern, params ReadOnlySpan<(string Name, object Value)> values)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => Uri.EscapeDataString(Value(values, parameter.Name)),
                    _ => throw new InvalidOperationException($"unexpected part in {pattern.RawText}"),
                });
            }
        }

        return path.ToString();
    }

    private static string Value(ReadOnlySpan<(string Name, object Value)> values, string name)
    {
        foreach (var (key, value) in values)
        {
            if (key == name)
            {
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        throw new ArgumentException($"no value for the route parameter '{name}'", nameof(values));
    }
}
