using Hearth.Core.Access;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Streaming.Hls;

public static class HlsEndpoints
{
    private const string PlaylistType = "application/vnd.apple.mpegurl";

    public static IEndpointRouteBuilder MapHlsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(PlaybackUrls.SessionRoute).WithTags("Playback");
        group.MapGet(PlaybackUrls.MasterRoute, Master).WithSummary("The HLS master playlist: the stream and its subtitle renditions");
        group.MapGet("/main.m3u8", Main).WithSummary("The media playlist, covering the whole duration from the start");
        group.MapGet("/subtitles/{index:int}.m3u8", Subtitle).WithSummary("A text subtitle as a one-segment WebVTT playlist");
        group.MapGet("/init.mp4", InitRouteAsync).WithSummary("The fMP4 init segment");
        group.MapGet("/{segment:int}.m4s", SegmentRouteAsync).WithSummary("An fMP4 segment, transcoded on demand");
        group.MapGet("/{segment:int}.ts", SegmentRouteAsync).WithSummary("A TS segment, transcoded on demand (for clients without fMP4)");
        return routes;
    }

    private static Results<ContentHttpResult, NotFound> Master(HttpContext http, SessionRegistry registry, Guid session)
    {
        if (Find(http, registry, session) is not { Hls: not null } s)
        {
            return TypedResults.NotFound();
        }

        var renditions = s.Media.Media.Subtitles.Where(t => !t.IsImage)
            .Select(t => new SubtitleRendition(t.Index, t.Language, t.Title ?? t.Language ?? $"Track {t.Index}", s.Decision.Subtitle?.Index == t.Index, t.IsForced, string.Empty))
            .ToList();
        return TypedResults.Text(Playlists.Master(s.Decision, s.Media.Media, renditions), PlaylistType);
    }

    private static Results<ContentHttpResult, NotFound> Main(HttpContext http, SessionRegistry registry, Guid session) =>
        Find(http, registry, session) is { Hls: { } hls } ? TypedResults.Text(Playlists.Media(hls.Plan, hls.Fmp4), PlaylistType) : TypedResults.NotFound();

    private static Results<ContentHttpResult, NotFound> Subtitle(HttpContext http, SessionRegistry registry, Guid session, int index)
    {
        if (Find(http, registry, session) is not { Hls: { } hls } s || s.Media.Media.Subtitles.FirstOrDefault(t => t.Index == index && !t.IsImage) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Text(Playlists.Subtitle(hls.Plan.Duration, PlaybackUrls.Subtitle(s.Media.ItemId, index)), PlaylistType);
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> InitRouteAsync(HttpContext http, SessionRegistry registry, Guid session) =>
        Find(http, registry, session) is { } s ? await InitAsync(s, http.RequestAborted).ConfigureAwait(false) : TypedResults.NotFound();

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> SegmentRouteAsync(HttpContext http, SessionRegistry registry, Guid session, int segment)
    {
        var ts = http.Request.Path.Value?.EndsWith(".ts", StringComparison.Ordinal) == true;
        return Find(http, registry, session) is { } s ? await SegmentAsync(s, segment, ts, http.RequestAborted).ConfigureAwait(false) : TypedResults.NotFound();
    }

    /// <summary>
    /// The session's fMP4 init segment. Public, as <see cref="SegmentAsync(PlaybackSession, int, bool, CancellationToken)"/>,
    /// so that another API's HLS routes (the Jellyfin-compatible ones) are served by this one owner of the transcoder.
    /// </summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> InitAsync(PlaybackSession session, CancellationToken ct)
    {
        if (session.Hls is not { Fmp4: true } hls)
        {
            return TypedResults.NotFound();
        }

        return await ServeAsync(session, () => hls.InitAsync(ct), "video/mp4").ConfigureAwait(false);
    }

    /// <summary>One media segment of the session, transcoded on demand; a TS segment asked of an fMP4 session (or the reverse) is not there.</summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> SegmentAsync(PlaybackSession session, int segment, bool ts, CancellationToken ct)
    {
        if (session.Hls is not { } hls || hls.Fmp4 == ts || segment < 0 || segment >= hls.Plan.Count)
        {
            return TypedResults.NotFound();
        }

        return await ServeAsync(session, () => hls.SegmentAsync(segment, ct), ts ? "video/mp2t" : "video/iso.segment").ConfigureAwait(false);
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ServeAsync(PlaybackSession session, Func<Task<string>> file, string contentType)
    {
        string path;
        try
        {
            path = await file().ConfigureAwait(false);
        }
        catch (TranscodeException e)
        {
            // its message is written for the client (no paths, no ffmpeg output); the cause is in the log
            return e.ToProblem();
        }

        session.Served(new FileInfo(path).Length);
        return TypedResults.PhysicalFile(path, contentType);
    }

    private static PlaybackSession? Find(HttpContext http, SessionRegistry registry, Guid session) =>
        registry.Find(CallerAccess.FromPrincipal(http.User), session);
}
