using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Hls;
using Hearth.Streaming.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hearth.Streaming.Sessions;

public static class PlaybackEndpoints
{
    public static IEndpointRouteBuilder MapPlaybackEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(PlaybackUrls.StartRoute, StartAsync).WithTags("Playback")
            .WithSummary("Decides how the item plays on the client's device (direct play, remux or transcode, and why) and answers where to fetch it");
        var group = routes.MapGroup(PlaybackUrls.SessionRoute).WithTags("Playback");
        group.MapPost("/ping", Ping).WithSummary("Keeps a playback alive (direct play has no segment requests to show it is still watched)");
        group.MapDelete("/", StopAsync).WithSummary("The client stopped playing: its transcoder ends and its files go");
        // a page that goes away can only send a beacon, and a beacon is a POST (no body needed, none read):
        // it carries the session cookie, and the cross-site guard holds for it as for every cookie POST
        group.MapPost("/stop", StopAsync).WithSummary("The same as DELETE, for navigator.sendBeacon from a closing page");
        return routes;
    }

    private static async Task<Results<Ok<PlaybackAnswer>, NotFound, ProblemHttpResult>> StartAsync(
        HttpContext http, IPlayableMediaSource source, SessionRegistry registry, IOptionsMonitor<StreamingOptions> options, Guid id, PlaybackBody body)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        var versions = await source.FindVersionsToPlayAsync(caller, id, http.RequestAborted).ConfigureAwait(false);
        var several = versions.Count > 1;
        if (body.MediaSourceId is { } asked)
        {
            versions = [.. versions.Where(v => v.FileId == asked)];
        }

        if (versions.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var profile = body.DeviceProfile ?? BuiltInProfiles.Find(body.Profile ?? "chromium", body.Passthrough);
        if (profile is null)
        {
            return TypedResults.Problem($"Unknown profile '{body.Profile}'; built in are {string.Join(", ", BuiltInProfiles.Ids)}, or send a deviceProfile.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown device profile");
        }

        if (body.AudioIndex is { } audio && versions.All(v => v.Media.Audio.All(a => a.Index != audio)))
        {
            return TypedResults.Problem($"The file has no audio track {audio}.", statusCode: StatusCodes.Status400BadRequest, title: "No such track");
        }

        var limit = BitrateLimits.Limit(options.CurrentValue, caller.Name, http.Connection.RemoteIpAddress, body.MaxBitrate);
        // each version decided for this device; the one needing the least work plays
        var ranked = VersionChooser.Rank(versions, new PlaybackRequest(profile, body.AudioIndex, body.SubtitleIndex, body.PreferredLanguages, limit));
        var (media, decision) = ranked[0];
        // a link names the version only when there is a choice, so an item's links stay as they were until it has one
        var version = several ? $"?mediaSourceId={media.FileId}" : string.Empty;
        var fmp4 = profile.HlsFmp4 && !string.Equals(body.Segments, "ts", StringComparison.OrdinalIgnoreCase);
        PlaybackSession session;
        try
        {
            session = await registry.StartAsync(caller, body.Device ?? profile.Name, media, decision, fmp4, http.RequestAborted).ConfigureAwait(false);
        }
        catch (SessionLimitException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many transcodes");
        }
        catch (TranscodeException e) when (e.Failure == TranscodeFailure.DiskFull)
        {
            return e.ToProblem();
        }
        catch (TranscodeException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot stream this file");
        }

        var subtitles = media.Media.Subtitles.Where(s => !s.IsImage)
            .Select(s => new SubtitleLink(s.Index, s.Codec, s.Language, s.Title, s.IsForced, decision.Subtitle?.Index == s.Index, PlaybackUrls.Subtitle(id, s.Index) + version))
            .ToList();
        return TypedResults.Ok(new PlaybackAnswer(
            session.Id,
            profile.Id,
            decision.Method,
            decision.Reasons,
            decision.Video,
            decision.Audio,
            decision.Subtitle,
            decision.MaxBitrate,
            decision.Method == PlayMethod.DirectPlay ? PlaybackUrls.Stream(id) + version : null,
            decision.Method == PlayMethod.DirectPlay ? null : PlaybackUrls.Master(session.Id),
            subtitles,
            decision.ReasonCodes)
        {
            MediaSourceId = media.FileId,
            Versions = [.. ranked.Select(v => new VersionChoice(v.Media.FileId, v.Media.VersionName, v.Decision.Method, v.Media == media))],
        });
    }

    private static Results<NoContent, NotFound> Ping(HttpContext http, SessionRegistry registry, Guid session) =>
        registry.Find(CallerAccess.FromPrincipal(http.User), session) is null ? TypedResults.NotFound() : TypedResults.NoContent();

    private static async Task<Results<NoContent, NotFound>> StopAsync(HttpContext http, SessionRegistry registry, Guid session)
    {
        if (registry.Find(CallerAccess.FromPrincipal(http.User), session) is null)
        {
            return TypedResults.NotFound();
        }

        await registry.StopAsync(session, "the client stopped").ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
