using Hearth.Core.Access;
using Hearth.Jellyfin.Auth;
using Hearth.Jellyfin.Json;
using Hearth.Library.Items;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Jellyfin.PlayState;

/// <summary>
/// An app's reports while it plays: started, where it is (every few seconds), stopped. The position becomes Hearth's
/// resume point, each report keeps the Hearth playback alive (a direct play fetches nothing for minutes), and a stop
/// ends the playback and its transcoder. Both the current <c>/Sessions/Playing…</c> routes and the older
/// <c>PlayingItems</c> forms (query parameters, no body) are answered.
/// </summary>
internal static class PlayingEndpoints
{
    private enum Stage
    {
        Start,
        Progress,
        Stop,
    }

    public static void MapPlayingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/Sessions/Playing", (HttpContext http, PlayingServices s) => FromBodyAsync(http, s, Stage.Start));
        routes.MapPost("/Sessions/Playing/Progress", (HttpContext http, PlayingServices s) => FromBodyAsync(http, s, Stage.Progress));
        routes.MapPost("/Sessions/Playing/Stopped", (HttpContext http, PlayingServices s) => FromBodyAsync(http, s, Stage.Stop));
        // a keep-alive without a report: the playback is still watched
        routes.MapPost("/Sessions/Playing/Ping", (HttpContext http, SessionRegistry registry, string? playSessionId) =>
        {
            if (JellyfinIds.TryParse(playSessionId, out var id))
            {
                registry.Find(CallerAccess.FromPrincipal(http.User), id);
            }

            return TypedResults.NoContent();
        });

        // the older forms: /Users/{userId}/PlayingItems/{itemId} and, since 10.9, the same without the user
        foreach (var prefix in new[] { "/Users/{userId}/PlayingItems/{itemId}", "/PlayingItems/{itemId}" })
        {
            routes.MapPost(prefix, (HttpContext http, PlayingServices s, string? userId, string itemId) => FromQueryAsync(http, s, Stage.Start, userId, itemId));
            routes.MapPost(prefix + "/Progress", (HttpContext http, PlayingServices s, string? userId, string itemId) => FromQueryAsync(http, s, Stage.Progress, userId, itemId));
            routes.MapDelete(prefix, (HttpContext http, PlayingServices s, string? userId, string itemId) => FromQueryAsync(http, s, Stage.Stop, userId, itemId));
        }
    }

    private static async Task<IResult> FromBodyAsync(HttpContext http, PlayingServices services, Stage stage)
    {
        var (body, problem) = await JellyfinJson.ReadAsync<PlaybackReport>(http.Request).ConfigureAwait(false);
        return problem ?? await ReportAsync(http, services, stage, body ?? new PlaybackReport()).ConfigureAwait(false);
    }

    private static async Task<IResult> FromQueryAsync(HttpContext http, PlayingServices services, Stage stage, string? userId, string itemId)
    {
        if (userId is not null && !UserIds.IsCaller(http, userId))
        {
            return UserIds.Forbidden();
        }

        // parsed here, not bound: a malformed number is the client's mistake (400), never a binding failure
        var query = http.Request.Query;
        if (!TryLong(query["positionTicks"], out var ticks) || !TryInt(query["audioStreamIndex"], out var audio) || !TryInt(query["subtitleStreamIndex"], out var subtitle))
        {
            return JellyfinJson.BadRequest("positionTicks, audioStreamIndex and subtitleStreamIndex are whole numbers.");
        }

        var paused = bool.TryParse(query["isPaused"], out var p) && p;
        var report = new PlaybackReport(itemId, ticks, query["playSessionId"], paused, query["mediaSourceId"], audio, subtitle, query["playMethod"]);
        return await ReportAsync(http, services, stage, report).ConfigureAwait(false);
    }

    private static async Task<IResult> ReportAsync(HttpContext http, PlayingServices services, Stage stage, PlaybackReport report)
    {
        var caller = CallerAccess.FromPrincipal(http.User);
        long? positionMs = null;
        if (report.PositionTicks is { } ticks)
        {
            positionMs = Ticks.ToMilliseconds(ticks);
            if (positionMs is null)
            {
                return JellyfinJson.BadRequest("PositionTicks must be 0 or more and less than a year.");
            }
        }

        // the playback this report belongs to; another person's is not found (an admin's reports are their own too)
        var session = JellyfinIds.TryParse(report.PlaySessionId, out var sessionId) ? services.Registry.Find(caller, sessionId) : null;
        if (session is not null && session.UserId != caller.UserId)
        {
            session = null;
        }

        Guid itemId;
        if (report.ItemId is null && session is not null)
        {
            itemId = session.Media.ItemId;
        }
        else if (!JellyfinIds.TryParse(report.ItemId, out itemId))
        {
            return report.ItemId is null ? JellyfinJson.BadRequest("Send ItemId.") : TypedResults.NotFound();
        }

        var item = await services.Queries.FindAsync(caller, itemId, http.RequestAborted).ConfigureAwait(false);
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        if (session is not null && session.Media.ItemId == itemId)
        {
            var client = http.Items[ClientAuthorization.Item] as ClientAuthorization;
            var previous = services.Reports.Get(session.Id);
            services.Reports.Set(session.Id, new LastReport(
                report.PositionTicks ?? previous?.PositionTicks,
                report.IsPaused ?? previous?.IsPaused ?? false,
                report.AudioStreamIndex ?? previous?.AudioStreamIndex,
                report.SubtitleStreamIndex ?? previous?.SubtitleStreamIndex,
                client?.Client,
                client?.DeviceId,
                client?.Version));
        }

        // a start says where playback begins, which is not progress yet (a resume from 0 would wipe the resume point)
        if (stage != Stage.Start && positionMs is not null)
        {
            await services.States.UpdateAsync(caller.UserId, item, new WatchStateUpdate(positionMs, null, null), http.RequestAborted).ConfigureAwait(false);
        }

        if (stage == Stage.Stop && session is not null && session.Media.ItemId == itemId)
        {
            services.Reports.Remove(session.Id);
            await services.Registry.StopAsync(session.Id, "the app reported the playback stopped").ConfigureAwait(false);
        }

        return TypedResults.NoContent();
    }

    private static bool TryLong(string? text, out long? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var ok = long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    private static bool TryInt(string? text, out int? value)
    {
        var ok = TryLong(text, out var parsed) && parsed is null or (>= int.MinValue and <= int.MaxValue);
        value = ok ? (int?)parsed : null;
        return ok;
    }
}

/// <summary>What the play-state routes need, in one parameter.</summary>
internal sealed record PlayingServices(ItemQueries Queries, WatchStates States, SessionRegistry Registry, PlaybackReports Reports);
