using Hearth.Access.Sessions;
using Hearth.Core.Access;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;
using Hearth.Jellyfin.Server;
using Hearth.Library.Items;
using Hearth.Library.Store;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.PlayState;

/// <summary>
/// What is playing (<c>GET /Sessions</c>: an admin sees every playback, anyone else their own), the capabilities an
/// app announces after sign-in (taken and not kept: Hearth sends no remote commands), and signing out.
/// </summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/Sessions", ListAsync);
        routes.MapPost("/Sessions/Capabilities", () => TypedResults.NoContent());
        routes.MapPost("/Sessions/Capabilities/Full", () => TypedResults.NoContent());
        routes.MapPost("/Sessions/Logout", LogoutAsync);
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, SessionService sessions)
    {
        // the token this request came with (an API key is not a sign-in and is left alone: revoking it is the Account page's)
        if (http.Items[HearthAuthenticationHandler.TokenItem] is string token && !token.StartsWith(Tokens.ApiKeyPrefix, StringComparison.Ordinal))
        {
            await sessions.RevokeAsync(token, http.RequestAborted).ConfigureAwait(false);
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, SessionRegistry registry, PlaybackReports reports, ItemQueries queries, ServerIdentity server, int? activeWithinSeconds, string? controllableByUserId, string? deviceId)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        reports.Prune(registry.All.Select(s => s.Id));
        // no Hearth playback takes remote commands, so none is controllable by anyone
        if (!string.IsNullOrEmpty(controllableByUserId))
        {
            return JellyfinJson.Ok(Array.Empty<SessionInfoDto>());
        }

        var list = new List<SessionInfoDto>();
        foreach (var session in registry.All.OrderBy(s => s.Started))
        {
            var report = reports.Get(session.Id);
            if ((session.UserId != caller.UserId && !caller.IsAdmin)
                || (activeWithinSeconds is { } seconds && session.Idle.TotalSeconds > seconds)
                || (!string.IsNullOrEmpty(deviceId) && !string.Equals(deviceId, report?.DeviceId, StringComparison.Ordinal)))
            {
                continue;
            }

            var item = await queries.FindAsync(caller, session.Media.ItemId, http.RequestAborted).ConfigureAwait(false);
            list.Add(Describe(session, report, item, server.Id));
        }

        return JellyfinJson.Ok(list);
    }

    private static SessionInfoDto Describe(PlaybackSession session, LastReport? report, Item? item, string serverId)
    {
        var seen = DateTimeOffset.UtcNow - session.Idle;
        var id = JellyfinIds.Format(session.Id);
        var nowPlaying = new BaseItemDto
        {
            Name = session.Media.Title,
            Id = JellyfinIds.Format(session.Media.ItemId),
            ServerId = serverId,
            Type = item?.Kind switch
            {
                ItemKind.Movie => "Movie",
                ItemKind.Episode => "Episode",
                _ => "Video",
            },
            MediaType = "Video",
            RunTimeTicks = Ticks.FromSeconds(session.Media.Media.DurationSeconds) ?? Ticks.FromMilliseconds(item?.RuntimeMs),
            ProductionYear = item?.Year,
            IndexNumber = item?.IndexNumber,
            ParentIndexNumber = item?.ParentIndexNumber,
            SeriesId = item?.Kind == ItemKind.Episode ? JellyfinIds.Format(item.ShowId) : null,
        };
        return new SessionInfoDto(
            id,
            JellyfinIds.Format(session.UserId),
            session.UserName,
            report?.Client ?? "Hearth",
            session.Device,
            report?.DeviceId,
            report?.Version,
            seen,
            serverId)
        {
            NowPlayingItem = nowPlaying,
            PlayState = new PlayerStateInfo(
                PositionTicks: report?.PositionTicks,
                IsPaused: report?.IsPaused ?? session.Hls?.IsPaused ?? false,
                AudioStreamIndex: report?.AudioStreamIndex,
                SubtitleStreamIndex: report?.SubtitleStreamIndex,
                MediaSourceId: JellyfinIds.Format(session.Media.ItemId),
                PlayMethod: session.Decision.Method.ToString()),
            LastPlaybackCheckIn = seen,
            PlaySessionId = id,
        };
    }
}
