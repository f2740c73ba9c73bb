using System.Globalization;
using Hearth.Core.Media;
using Hearth.Core.Processes;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Ffmpeg;
using Microsoft.Extensions.Logging;

namespace Hearth.Streaming.Hls;

/// <summary>
/// The transcoder behind one HLS session: ffmpeg started on demand at the segment a player asks for,
/// restarted there when the player jumps far ahead or back, paused (SIGSTOP) when it is far enough ahead,
/// and moved to the software encoder when a hardware one fails to start. What happens when ffmpeg dies or the
/// disk fills is in HlsTranscode.Failures.cs.
/// </summary>
public sealed partial class HlsTranscode(
    PlayableMedia media,
    PlaybackDecision decision,
    SegmentPlan plan,
    string folder,
    bool fmp4,
    StreamingOptions options,
    string ffmpegPath,
    ProcessRunner runner,
    TimeProvider clock,
    ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan SegmentWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan DiskCheckEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(40);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly HashSet<int> done = [];
    private readonly Lock progressLock = new();
    private readonly Queue<string> errors = new();
    private RunningProcess? ffmpeg;
    private int runStart = -1;
    private int lastAsked;
    private HardwareAcceleration acceleration = options.HardwareAcceleration;
    private bool disposed;

    public SegmentPlan Plan { get; } = plan;

    public bool Fmp4 { get; } = fmp4;

    public string Folder { get; } = folder;

    /// <summary>The encoder really in use (software after a hardware failure).</summary>
    public HardwareAcceleration Acceleration => acceleration;

    public bool IsPaused => ffmpeg?.IsPaused ?? false;

    public bool IsRunning => ffmpeg is { Exited.IsCompleted: false };

    /// <summary>ffmpeg's last reported speed (1.0 = real time).</summary>
    public double Speed { get; private set; }

    public int Restarts { get; private set; }

    /// <summary>The arguments of the ffmpeg run started last, for the admin's view (paths only, nothing secret).</summary>
    public IReadOnlyList<string> Command { get; private set; } = [];

    public string SegmentName(int index) => index.ToString(CultureInfo.InvariantCulture) + (Fmp4 ? ".m4s" : ".ts");

    /// <summary>The path of a finished segment, starting or restarting ffmpeg when it is not coming soon.</summary>
    public async Task<string> SegmentAsync(int index, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Plan.Count);
        lastAsked = index;
        var until = clock.GetUtcNow() + SegmentWait;
        var diskCheck = clock.GetUtcNow() + DiskCheckEvery;
        while (true)
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                if (disposed)
                {
                    throw new TranscodeException("The session was stopped.");
                }

                Refresh();
                if (done.Contains(index) && File.Exists(Path.Combine(Folder, SegmentName(index))))
                {
                    ResumeIfNeeded();
                    return Path.Combine(Folder, SegmentName(index));
                }

                var produced = Produced();
                var inRun = ffmpeg is not null && index >= runStart && index <= produced + options.RestartDistance;
                if (inRun && ffmpeg!.Exited.IsCompleted)
                {
                    // this run should have written it and ended: a failure (or a hardware encoder that did not start)
                    await HandleExitAsync(index).ConfigureAwait(false);
                }
                else if (!inRun)
                {
                    ReportUnexpectedExit(index);
                    await StartAsync(index).ConfigureAwait(false);
                }
                else
                {
                    ffmpeg!.Resume();
                    if (noSpaceSeen || clock.GetUtcNow() >= diskCheck)
                    {
                        // late: on a full disk ffmpeg goes on encoding and writes nothing, so ask the disk rather than wait a minute
                        diskCheck = clock.GetUtcNow() + DiskCheckEvery;
                        await FailIfDiskFullAsync(index).ConfigureAwait(false);
                    }
                }
            }
            finally
            {
                gate.Release();
            }

            if (clock.GetUtcNow() > until)
            {
                throw new TranscodeException($"Segment {index} was not ready within {SegmentWait.TotalSeconds:0} s.", TranscodeFailure.Timeout);
            }

            await Task.Delay(PollEvery, clock, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The init segment (fMP4) is written with the first segment of a run.</summary>
    public async Task<string> InitAsync(CancellationToken ct)
    {
        var init = Path.Combine(Folder, "init.mp4");
        if (!File.Exists(init) || runStart < 0)
        {
            await SegmentAsync(Math.Clamp(lastAsked, 0, Plan.Count - 1), ct).ConfigureAwait(false);
        }

        return init;
    }

    /// <summary>Pauses ffmpeg when it is far enough ahead of the player; the sweeper calls this every second.</summary>
    public async Task ThrottleAsync()
    {
        if (!await gate.WaitAsync(0).ConfigureAwait(false))
        {
            return; // a request is starting or waiting for a segment: it resumes ffmpeg itself
        }

        try
        {
            if (disposed || ffmpeg is not { Exited.IsCompleted: false } running)
            {
                return;
            }

            Refresh();
            var ahead = Produced() - lastAsked;
            if (ahead >= options.ThrottleSegments)
            {
                running.Pause();
            }
            else if (ahead < options.ThrottleSegments / 2 + 1)
            {
                running.Resume();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void ResumeIfNeeded()
    {
        if (ffmpeg is { IsPaused: true } running && Produced() - lastAsked < options.ThrottleSegments)
        {
            running.Resume();
        }
    }

    private int Produced()
    {
        var highest = runStart - 1;
        while (done.Contains(highest + 1))
        {
            highest++;
        }

        return highest;
    }

    // ffmpeg lists a segment in its own playlist once it is complete on disk
    private void Refresh()
    {
        var list = Path.Combine(Folder, "ffmpeg.m3u8");
        if (!File.Exists(list))
        {
            return;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(list);
        }
        catch (IOException)
        {
            return;
        }

        foreach (var line in lines)
        {
            var name = line.Trim();
            if (!name.StartsWith('#') && name.Length > 0 && int.TryParse(Path.GetFileNameWithoutExtension(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                done.Add(n);
            }
        }
    }

    private async Task StartAsync(int index)
    {
        await StopAsync().ConfigureAwait(false);
        if (DiskSpace.IsFull(Folder))
        {
            throw DiskFull(index);
        }

        // segments from an earlier run past this point may be cut differently from this run's: forget them
        done.RemoveWhere(n => n >= index);
        File.Delete(Path.Combine(Folder, "ffmpeg.m3u8"));
        var args = TranscodeCommand.Build(media, decision, Folder, options.SegmentSeconds, index, Plan.Start(index), Fmp4, acceleration, options.VaapiDevice);
        if (runStart >= 0)
        {
            Restarts++;
        }

        runStart = index;
        lock (progressLock)
        {
            errors.Clear();
        }

        noSpaceSeen = false;
        logger.LogInformation("{Run}", Describe(decision, acceleration, media.Title, index));
        Command = args;
        try
        {
            ffmpeg = runner.Start(ffmpegPath, args, OnLine);
        }
        catch (ExternalProcessException e)
        {
            logger.LogError("ffmpeg could not be started for {Title}: {Reason}", media.Title, e.Message);
            throw new TranscodeException("The transcoder could not be started; the server's log has why.");
        }
    }

    private void OnLine(string line)
    {
        if (line.StartsWith("speed=", StringComparison.Ordinal))
        {
            if (double.TryParse(line.AsSpan(6).TrimEnd('x'), NumberStyles.Float, CultureInfo.InvariantCulture, out var speed))
            {
                Speed = speed;
            }

            return;
        }

        if (line.Contains('=', StringComparison.Ordinal) && !line.Contains(' ', StringComparison.Ordinal))
        {
            return; // the rest of -progress's key=value lines
        }

        if (line.Contains("No space left on device", StringComparison.Ordinal))
        {
            noSpaceSeen = true;
        }

        lock (progressLock)
        {
            errors.Enqueue(line);
            while (errors.Count > 5)
            {
                errors.Dequeue();
            }
        }
    }

    private async Task StopAsync()
    {
        if (ffmpeg is { } running)
        {
            ffmpeg = null;
            await running.DisposeAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            disposed = true;
            await StopAsync().ConfigureAwait(false);
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // already gone
            }
        }
        finally
        {
            // the gate stays undisposed: a request that found the session a moment ago may still wait on it
            gate.Release();
        }
    }

    /// <summary>What ffmpeg does in this session, in the decision's words: a remux is never called a transcode.</summary>
    internal static string Describe(PlaybackDecision decision, HardwareAcceleration acceleration, string title, int segment) => decision switch
    {
        { Method: PlayMethod.DirectStream } => $"Remuxing {title} from segment {segment} (every stream copied)",
        { CopiesVideo: true } => $"Transcoding the audio of {title} from segment {segment} (video copied)",
        _ => $"Transcoding {title} from segment {segment} ({HardwareEncoders.H264(acceleration)})",
    };
}
