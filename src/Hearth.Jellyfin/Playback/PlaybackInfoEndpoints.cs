using System.Globalization;
using Hearth.Access.Sessions;
using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Jellyfin.Auth;
using Hearth.Jellyfin.Json;
using Hearth.Streaming;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Hls;
using Hearth.Streaming.Profiles;
using Hearth.Streaming.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// <c>/Items/{itemId}/PlaybackInfo</c>: how an item plays on the asking app, decided by streaming's one decider with the
/// native API's limits, and answered as Jellyfin's media source (direct play, or an HLS <c>TranscodingUrl</c> for a
/// remux or transcode). Cheap by design: the library's probed description and a stat of the file, no ffprobe.
/// </summary>
internal static class PlaybackInfoEndpoints
{
    public static void MapPlaybackInfo(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/Items/{itemId}/PlaybackInfo", PlaybackInfoAsync);
        routes.MapGet("/Items/{itemId}/PlaybackInfo", PlaybackInfoAsync);
    }

    private static async Task<IResult> PlaybackInfoAsync(HttpContext http, IPlayableMediaSource source, SessionRegistry registry, IOptionsMonitor<StreamingOptions> options, StreamTags tags, string itemId)
    {
        PlaybackInfoDto? body = null;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            (body, var problem) = await JellyfinJson.ReadAsync<PlaybackInfoDto>(http.Request).ConfigureAwait(false);
            if (problem is not null)
            {
                return problem;
            }
        }

        body ??= new PlaybackInfoDto();
        var query = http.Request.Query;
        var caller = CallerAccess.FromPrincipal(http.User);
        if (!JellyfinIds.TryParse(itemId, out var id))
        {
            return TypedResults.NotFound();
        }

        var versions = await source.FindVersionsToPlayAsync(caller, id, http.RequestAborted).ConfigureAwait(false);
        var several = versions.Count > 1;
        if (MediaSourceIds.Asked(query["MediaSourceId"].FirstOrDefault() ?? body.MediaSourceId, id) is { } asked)
        {
            versions = [.. versions.Where(v => v.FileId == asked)];
        }

        if (versions.Count == 0)
        {
            return TypedResults.NotFound();
        }

        var client = http.Items[ClientAuthorization.Item] as ClientAuthorization;
        var maxChannels = Int(query, "MaxAudioChannels") ?? body.MaxAudioChannels;
        var directPlay = Bool(query, "EnableDirectPlay") ?? body.EnableDirectPlay;
        // the app's profile is read for each version's container and codec (the codecs it lists are per container)
        DeviceProfile ProfileFor(PlayableMedia version)
        {
            var mapped = body.DeviceProfile is { } sent
                ? DeviceProfileMapper.Map(sent, version.Media.Container, version.Media.Video.FirstOrDefault()?.Codec)
                : DefaultProfile(client);
            if (maxChannels is > 0 and var channels)
            {
                mapped = mapped with { MaxAudioChannels = Math.Min(mapped.MaxAudioChannels, channels) };
            }

            // Hearth's decider has no switch for direct play: an app that turns it off gets no container it plays as is
            return directPlay == false ? mapped with { Containers = [] } : mapped;
        }

        var audio = Int(query, "AudioStreamIndex") ?? body.AudioStreamIndex;
        var subtitle = Int(query, "SubtitleStreamIndex") ?? body.SubtitleStreamIndex;
        var askedBitrate = Long(query, "MaxStreamingBitrate") ?? body.MaxStreamingBitrate;
        var limit = BitrateLimits.Limit(options.CurrentValue, caller.Name, http.Connection.RemoteIpAddress, askedBitrate);
        // every version decided for the device, the one needing least work plays; an index the app sends that a
        // version does not have is the app's stale state, so that version chooses as if none was asked
        var (media, decision) = VersionChooser.Rank(versions, v => new PlaybackRequest(ProfileFor(v), audio, subtitle < 0 ? -1 : subtitle, null, limit))[0];
        var profile = ProfileFor(media);

        var size = MediaSourceMapper.FileSize(media.Path);
        var described = MediaSourceMapper.Describe(media, size, several) with { ETag = tags.Tag(media) };
        if (decision.Method != PlayMethod.DirectPlay && (Bool(query, "EnableTranscoding") ?? body.EnableTranscoding) == false)
        {
            return JellyfinJson.Ok(new PlaybackInfoResponse([described with { SupportsDirectPlay = false }], null, "NoCompatibleStream"));
        }

        // an app asks again when the user changes a track or the bitrate, often without stopping the first playback:
        // the new one replaces the same device's earlier playback of the item, so it does not hold a transcode slot
        var device = client?.Device ?? profile.Name;
        foreach (var earlier in registry.All.Where(s => s.UserId == caller.UserId && s.Media.ItemId == id && s.Device == device).ToList())
        {
            await registry.StopAsync(earlier.Id, "replaced by a new PlaybackInfo from the same device").ConfigureAwait(false);
        }

        PlaybackSession session;
        try
        {
            session = await registry.StartAsync(caller, device, media, decision, profile.HlsFmp4, http.RequestAborted).ConfigureAwait(false);
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

        var token = http.Items[HearthAuthenticationHandler.TokenItem] as string;
        var item = JellyfinIds.Format(id);
        var direct = decision.Method == PlayMethod.DirectPlay;
        var answer = described with
        {
            SupportsDirectPlay = direct,
            // Jellyfin's direct stream is a progressive remux Hearth does not make; Hearth's remux is HLS, behind TranscodingUrl
            SupportsDirectStream = false,
            SupportsTranscoding = true,
            TranscodingUrl = direct ? null : TranscodingUrl(item, described.Id!, session, decision, token),
            TranscodingSubProtocol = "hls",
            TranscodingContainer = direct ? null : session.Hls?.Fmp4 == true ? "mp4" : "ts",
            MediaStreams = SubtitleDeliveries.Apply(described.MediaStreams, media.Media, decision, body.DeviceProfile, $"/Videos/{item}/{described.Id}", token),
        };
        return JellyfinJson.Ok(new PlaybackInfoResponse([answer], JellyfinIds.Format(session.Id)));
    }

    /// <summary>The master playlist of the session, with what a Jellyfin app reads back from the URL (the reasons, the codecs).</summary>
    private static string TranscodingUrl(string item, string mediaSource, PlaybackSession session, PlaybackDecision decision, string? token)
    {
        var parts = new List<string>
        {
            $"MediaSourceId={mediaSource}",
            $"PlaySessionId={JellyfinIds.Format(session.Id)}",
        };
        if (token is not null)
        {
            parts.Add($"api_key={Uri.EscapeDataString(token)}");
        }

        if (decision.Video is { } video)
        {
            parts.Add($"VideoCodec={Uri.EscapeDataString(video.Codec)}");
        }

        if (decision.Audio is { } audio)
        {
            parts.Add($"AudioCodec={Uri.EscapeDataString(audio.Codec)}");
        }

        parts.Add($"SegmentContainer={(session.Hls?.Fmp4 == true ? "mp4" : "ts")}");
        if (decision.ReasonCodes.Count > 0)
        {
            parts.Add($"TranscodeReasons={string.Join(',', decision.ReasonCodes)}");
        }

        return $"/Videos/{item}/master.m3u8?{string.Join('&', parts)}";
    }

    /// <summary>With no profile in the body: the Shield's for Android TV apps and Shield devices, else a browser's.</summary>
    private static DeviceProfile DefaultProfile(ClientAuthorization? client)
    {
        var said = $"{client?.Client} {client?.Device}";
        return said.Contains("Android TV", StringComparison.OrdinalIgnoreCase) || said.Contains("Shield", StringComparison.OrdinalIgnoreCase)
            ? BuiltInProfiles.Shield()
            : BuiltInProfiles.Chromium;
    }

    // the query's numbers are read leniently: a value that is not one is as if not sent (apps send odd things)
    private static int? Int(IQueryCollection query, string name) =>
        int.TryParse(query[name].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static long? Long(IQueryCollection query, string name) =>
        long.TryParse(query[name].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? Bool(IQueryCollection query, string name) =>
        bool.TryParse(query[name].ToString(), out var value) ? value : null;
}
