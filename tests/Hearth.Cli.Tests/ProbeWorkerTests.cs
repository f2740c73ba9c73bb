using System.Diagnostics;
using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Library.Probing;
using Hearth.Library.Probing.Native;
using Hearth.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hearth.Cli.Tests;

/// <summary>
/// `hearth probe-worker` reads files for the server in processes of their own: the same media info as ffprobe, and a
/// worker that dies on a file (as a crash in native code would end it) costs that file an ffprobe run, not the server.
/// </summary>
public sealed class ProbeWorkerTests : IDisposable
{
    private static readonly ProcessRunner Runner = new();
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Worker_ReadsClips_AsFfprobeDoes()
    {
        var mkv = folder.Combine("two.mkv");
        await new SyntheticClip { Audio = [new(440, "eng"), new(660, "ger")], Subtitles = [new("Hi", "eng")] }.MakeAsync(Runner, mkv, 1);
        var garbage = folder.Combine("garbage.mp4");
        await File.WriteAllTextAsync(garbage, "<!DOCTYPE html><html>404</html>");
        await using var prober = Prober();

        foreach (var path in new[] { mkv, mkv, garbage })
        {
            Assert.Equal(await ProbeOutcome.OfAsync(new FfprobeProber(Runner).ProbeAsync(path, CancellationToken.None)), await ProbeOutcome.OfAsync(prober.ProbeAsync(path, CancellationToken.None)));
        }

        Assert.Null(prober.Unavailable);
        Assert.Equal(0, prober.Crashes);
    }

    [Fact]
    public async Task Worker_KilledOnAFile_ThatFileGoesToFfprobe_AndTheNextGetsANewWorker()
    {
        var clip = folder.Combine("clip.mkv");
        await new SyntheticClip().MakeAsync(Runner, clip, 1);
        // a named pipe: opening it blocks until a writer comes, so the worker is surely busy with it when it is killed
        var pipe = folder.Combine("hostile.mkv");
        await Runner.RunAsync("mkfifo", [pipe], TimeSpan.FromSeconds(10), throwOnFailure: true, CancellationToken.None);
        await using var prober = Prober();
        await prober.ProbeAsync(clip, CancellationToken.None);
        var before = Workers();
        Assert.NotEmpty(before);

        var probing = prober.ProbeAsync(pipe, CancellationToken.None);
        await Task.Delay(500);
        foreach (var pid in before)
        {
            // the worker ends mid-file (SIGKILL), as a crash in FFmpeg's code ends it (an outside SIGSEGV the runtime may take for its own)
            using var worker = Process.GetProcessById(pid);
            worker.Kill();
        }

        // ffprobe now reads the pipe in its own processes (each opens it anew): feed it the clip until it is done
        var bytes = await File.ReadAllBytesAsync(clip);
        var feeding = Task.Run(() =>
        {
            while (!probing.IsCompleted)
            {
                try
                {
                    using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                    writer.Write(bytes);
                }
                catch (IOException)
                {
                    // the reader went away early (it had what it needed)
                }
            }
        });
        var info = await probing.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Single(info.Video);
        Assert.Equal(1, prober.Crashes);
        if (!feeding.IsCompleted)
        {
            // a feeder waiting for a reader that will not come: be that reader
            await Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Read).Dispose()).WaitAsync(TimeSpan.FromSeconds(10));
        }

        await feeding.WaitAsync(TimeSpan.FromSeconds(10));
        var after = await prober.ProbeAsync(clip, CancellationToken.None);
        Assert.Single(after.Video);
        Assert.DoesNotContain(Workers(), before.Contains);
    }

    private WorkerProber Prober()
    {
        var hearth = Path.Combine(AppContext.BaseDirectory, "hearth.dll");
        Assert.True(File.Exists(hearth), hearth);
        return new WorkerProber(new ProbeWorkerLaunch(Environment.ProcessPath!, [hearth, ProbeWorker.Command]), new FfprobeProber(Runner), NullLogger<WorkerProber>.Instance);
    }

    // the probe workers this test process started
    private static List<int> Workers()
    {
        var mine = Environment.ProcessId;
        return [.. Process.GetProcesses().Where(p => IsWorkerOf(p, mine)).Select(p => p.Id)];
    }

    private static bool IsWorkerOf(Process process, int parent)
    {
        try
        {
            var command = File.ReadAllText($"/proc/{process.Id}/cmdline");
            var status = File.ReadAllLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
            return command.Contains(ProbeWorker.Command, StringComparison.Ordinal) && status is not null && int.Parse(status[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture) == parent;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
