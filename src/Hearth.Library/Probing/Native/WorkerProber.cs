using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Probing.Native;

/// <summary>
/// Probes files through <see cref="ProbeWorker"/> processes (one per core, each serving one file at a time, started on
/// first use and kept), with ffprobe as the fallback: when FFmpeg's libraries are missing or of an unknown version the
/// worker says so once and every probe goes to ffprobe; when a worker dies or stalls on a file (a crash in native code
/// on a hostile file), it is killed, that file is probed with ffprobe in its own process, and the next file gets a new
/// worker. The server never runs FFmpeg's code in its own process.
/// </summary>
public sealed class WorkerProber(ProbeWorkerLaunch command, FfprobeProber fallback, ILogger<WorkerProber> log) : IMediaProber, IAsyncDisposable
{
    private readonly ConcurrentBag<Worker> idle = [];
    private readonly SemaphoreSlim slots = new(Math.Max(1, Environment.ProcessorCount));
    private volatile string? unavailable;
    private long crashes;
    private int announced;

    /// <summary>How long one file may take in a worker before the worker is taken for stalled.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Why the libraries are not used (every probe then runs ffprobe); null while they are.</summary>
    public string? Unavailable => unavailable;

    /// <summary>Workers that died or stalled on a file since the start.</summary>
    public long Crashes => Interlocked.Read(ref crashes);

    public async Task<MediaInfo> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        if (unavailable is not null)
        {
            return await fallback.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("the media file does not exist", path);
        }

        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        Worker? worker = null;
        Answer answer;
        try
        {
            worker = idle.TryTake(out var kept) && kept.Alive ? kept : await StartAsync(cancellationToken).ConfigureAwait(false);
            if (worker is null)
            {
                return await fallback.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
            }

            answer = await worker.AskAsync(path, tail: true, Timeout, cancellationToken).ConfigureAwait(false);
            if (answer.Kind == AnswerKind.Lost)
            {
                Interlocked.Increment(ref crashes);
                log.LogWarning("The media reader stopped on {Path} ({Why}); probing it with ffprobe instead", path, answer.Text);
                worker.Dispose();
                worker = null;
                return await fallback.ProbeAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (worker is not null)
            {
                idle.Add(worker);
            }

            slots.Release();
        }

        return await FinishAsync(path, answer.Kind == AnswerKind.Json ? answer.Text : null, answer.Text, answer.Log).ConfigureAwait(false);
    }

    /// <summary>
    /// The media info of what <see cref="FfmpegReader"/> read: its JSON mapped and checked as ffprobe's is, or its
    /// error explained as ffprobe's would be.
    /// </summary>
    internal static async Task<MediaInfo> FinishAsync(string path, string? json, string error, string log)
    {
        if (json is null)
        {
            // as ffprobe's error output: what the libraries logged, then the reason
            throw UnreadableFile.Explain(path, error, log + error);
        }

        // the reader read the packets at the end of the file already, or it could not seek there: then it stays unknown
        return await FfprobeProber.FinishAsync(path, json, _ => Task.FromResult<double?>(null)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        while (idle.TryTake(out var worker))
        {
            await worker.CloseAsync().ConfigureAwait(false);
        }

        slots.Dispose();
    }

    private async Task<Worker?> StartAsync(CancellationToken ct)
    {
        Process process;
        try
        {
            var start = new ProcessStartInfo(command.FileName)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in command.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Disable($"the probe worker could not start: {e.Message}");
            return null;
        }

        // its error output is drained so a chatty library can never fill the pipe and stall it
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var worker = new Worker(process);
        var hello = await worker.ReadAsync(Timeout, ct).ConfigureAwait(false);
        if (hello.Kind == AnswerKind.Ready)
        {
            // said once, not once per worker
            if (Interlocked.Exchange(ref announced, 1) == 0)
            {
                log.LogInformation("Media is read in worker processes with FFmpeg's libraries ({Versions})", hello.Text);
            }

            return worker;
        }

        worker.Dispose();
        Disable(hello.Kind == AnswerKind.Unavailable ? hello.Text : $"the probe worker did not start ({hello.Text})");
        return null;
    }

    private void Disable(string why)
    {
        if (Interlocked.CompareExchange(ref unavailable, why, null) is null)
        {
            log.LogInformation("Media is read with ffprobe, a process per file: {Why}", why);
        }
    }

    private enum AnswerKind
    {
        Ready,
        Unavailable,
        Json,
        Error,
        Lost,
    }

    private readonly record struct Answer(AnswerKind Kind, string Text, string Log = "");

    private sealed class Worker(Process process) : IDisposable
    {
        public bool Alive => !process.HasExited;

        public async Task<Answer> AskAsync(string path, bool tail, TimeSpan timeout, CancellationToken ct)
        {
            var request = JsonSerializer.Serialize(new Request(path, tail), ProbeWorkerJson.Default.Request);
            try
            {
                await process.StandardInput.WriteLineAsync(request.AsMemory(), ct).ConfigureAwait(false);
                await process.StandardInput.FlushAsync(ct).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                return new Answer(AnswerKind.Lost, e.Message);
            }

            return await ReadAsync(timeout, ct).ConfigureAwait(false);
        }

        public async Task<Answer> ReadAsync(TimeSpan timeout, CancellationToken ct)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            string? line;
            try
            {
                line = await process.StandardOutput.ReadLineAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return new Answer(AnswerKind.Lost, $"no answer in {timeout.TotalSeconds:0} s");
            }
            catch (IOException e)
            {
                return new Answer(AnswerKind.Lost, e.Message);
            }

            if (line is null)
            {
                return new Answer(AnswerKind.Lost, await ExitAsync().ConfigureAwait(false));
            }

            try
            {
                using var answer = JsonDocument.Parse(line);
                foreach (var (name, kind) in (ReadOnlySpan<(string, AnswerKind)>)[("json", AnswerKind.Json), ("error", AnswerKind.Error), ("ready", AnswerKind.Ready), ("unavailable", AnswerKind.Unavailable)])
                {
                    if (answer.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        var log = answer.RootElement.TryGetProperty("log", out var logged) && logged.ValueKind == JsonValueKind.String ? logged.GetString()! : string.Empty;
                        return new Answer(kind, value.GetString()!, log);
                    }
                }
            }
            catch (JsonException)
            {
                // below
            }

            return new Answer(AnswerKind.Lost, "the worker answered something that is not an answer");
        }

        public async Task CloseAsync()
        {
            try
            {
                process.StandardInput.Close();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
            {
                // killed below
            }

            Dispose();
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // already gone
            }

            process.Dispose();
        }

        private async Task<string> ExitAsync()
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
                // a signal shows as 128 + its number from the shell, and as a negative code or that number here
                return $"the worker ended with code {process.ExitCode}";
            }
            catch (OperationCanceledException)
            {
                return "the worker closed its output";
            }
        }
    }
}

/// <summary>How the server starts a probe worker: this very program with <c>probe-worker</c>.</summary>
public sealed record ProbeWorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>
    /// The command that starts a worker of the running program, when it is the hearth command (as `hearth up` runs);
    /// null in any other host (a test host), which then probes with ffprobe unless given a command.
    /// </summary>
    public static ProbeWorkerLaunch? OfThisProgram()
    {
        var entry = System.Reflection.Assembly.GetEntryAssembly();
        if (entry?.GetName().Name != "hearth" || Environment.ProcessPath is not { } program)
        {
            return null;
        }

        // run as `dotnet hearth.dll` the program is the .NET host and needs the assembly; an apphost is the program itself
        var viaHost = Path.GetFileNameWithoutExtension(program).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return viaHost ? new ProbeWorkerLaunch(program, [entry.Location, ProbeWorker.Command]) : new ProbeWorkerLaunch(program, [ProbeWorker.Command]);
    }
}

internal sealed record Request(string Path, bool Tail);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Request))]
internal sealed partial class ProbeWorkerJson : System.Text.Json.Serialization.JsonSerializerContext;
