using System.Collections.Concurrent;
using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Hls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Streaming.Sessions;

/// <summary>
/// Every playback going on: started by a playback request, found by id, stopped by the client, an admin or idleness.
/// The limits and the encoder are read as each playback starts, so a change on the Settings page applies to the
/// next one; the transcode folder is the one of the start.
/// </summary>
public sealed class SessionRegistry(
    IOptionsMonitor<StreamingOptions> options,
    IOptions<MediaToolsOptions> tools,
    DataFolder data,
    ProcessRunner runner,
    TimeProvider clock,
    ILogger<SessionRegistry> logger)
{
    private readonly ConcurrentDictionary<Guid, PlaybackSession> sessions = new();
    private readonly SemaphoreSlim starting = new(1, 1);
    private readonly KeyframeProbe keyframes = new(runner, tools.Value.Ffprobe);

    public string Root { get; } = options.CurrentValue.TranscodeFolder is { Length: > 0 } folder ? folder : Path.Combine(data.Root, "transcodes");

    public IEnumerable<PlaybackSession> All => sessions.Values;

    public int Transcoding => sessions.Values.Count(s => s.Hls is not null);

    /// <summary>Registers a playback; an HLS one starts no ffmpeg until the first segment is asked for.</summary>
    /// <exception cref="SessionLimitException">When every transcode slot is taken.</exception>
    public async Task<PlaybackSession> StartAsync(CallerAccess caller, string device, PlayableMedia media, PlaybackDecision decision, bool fmp4, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        if (decision.Method == PlayMethod.DirectPlay)
        {
            var direct = new PlaybackSession(id, caller.UserId, caller.Name, device, media, decision, clock);
            sessions[id] = direct;
            return direct;
        }

        await starting.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var limit = options.CurrentValue.MaxConcurrentTranscodes;
            if (Transcoding >= limit)
            {
                throw new SessionLimitException($"All {limit} transcode slots are in use; stop a playback or wait for one to end (an admin sees them under Sessions).");
            }

            var segment = options.CurrentValue.SegmentSeconds;
            var duration = media.Media.DurationSeconds ?? throw new TranscodeException("the file's duration is unknown; it cannot be streamed as HLS");
            var plan = decision.Video is { Copy: true } video
                ? SegmentPlan.FromKeyframes(await keyframes.ReadAsync(media.Path, video.Index, ct).ConfigureAwait(false), duration, segment)
                : SegmentPlan.Uniform(duration, segment);
            var folder = Path.Combine(Root, id.ToString("N"));
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (IOException e) when (DiskSpace.IsNoSpace(e))
            {
                logger.LogWarning("The disk of the transcode folder {Folder} is full: {Reason}", Root, e.Message);
                throw new TranscodeException("Disk full: the server's transcode folder has no room for a new session. Free some space there (the server's log names the folder) and play again.", TranscodeFailure.DiskFull);
            }

            var hls = new HlsTranscode(media, decision, plan, folder, fmp4, options.CurrentValue, tools.Value.Ffmpeg, runner, clock, logger);
            var session = new PlaybackSession(id, caller.UserId, caller.Name, device, media, decision, clock) { Hls = hls };
            sessions[id] = session;
            return session;
        }
        finally
        {
            starting.Release();
        }
    }

    /// <summary>The session, when it exists and belongs to the caller (or the caller is an admin).</summary>
    public PlaybackSession? Find(CallerAccess caller, Guid id)
    {
        if (!sessions.TryGetValue(id, out var session) || (session.UserId != caller.UserId && !caller.IsAdmin))
        {
            return null;
        }

        session.Touch();
        return session;
    }

    public async Task<bool> StopAsync(Guid id, string why)
    {
        if (!sessions.TryRemove(id, out var session))
        {
            return false;
        }

        logger.LogInformation("Playback of {Title} by {User} stopped: {Why}", session.Media.Title, session.UserName, why);
        if (session.Hls is { } hls)
        {
            await hls.DisposeAsync().ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Throttles the running transcoders and stops sessions nobody asked anything of for a while.</summary>
    public async Task SweepAsync()
    {
        foreach (var session in sessions.Values)
        {
            if (session.Idle > options.CurrentValue.IdleTimeout)
            {
                await StopAsync(session.Id, $"idle for {session.Idle.TotalSeconds:0} s").ConfigureAwait(false);
            }
            else if (session.Hls is { } hls)
            {
                await hls.ThrottleAsync().ConfigureAwait(false);
            }
        }
    }

    public async Task StopAllAsync()
    {
        foreach (var id in sessions.Keys)
        {
            await StopAsync(id, "server stopping").ConfigureAwait(false);
        }
    }
}

public sealed class SessionLimitException(string message) : Exception(message);
