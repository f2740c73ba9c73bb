using System.Diagnostics;

namespace Hearth.Core.Processes;

/// <summary>
/// A long-running child (acquire inside the egress namespace, say) started by <see cref="ProcessRunner.Start"/>:
/// its output is drained line by line to a callback, and disposing it kills the whole tree.
/// </summary>
public sealed partial class RunningProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal RunningProcess(Process process, Action<string>? onLine)
    {
        this.process = process;
        process.EnableRaisingEvents = true;
        process.OutputDataReceived += (_, e) => Forward(e.Data, onLine);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, onLine);
        process.Exited += (_, _) => exited.TrySetResult(process.ExitCode);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (process.HasExited)
        {
            exited.TrySetResult(process.ExitCode);
        }
    }

    private const int SigStop = 19;
    private const int SigCont = 18;
    private const int SigTerm = 15;

    public int Id => process.Id;

    /// <summary>Whether <see cref="Pause"/> stopped it and <see cref="Resume"/> has not yet let it go on.</summary>
    public bool IsPaused { get; private set; }

    /// <summary>Stops the process where it is (SIGSTOP): it keeps its state and uses no CPU until <see cref="Resume"/>.</summary>
    public void Pause()
    {
        if (!IsPaused && !process.HasExited && Signal(process.Id, SigStop) == 0)
        {
            IsPaused = true;
        }
    }

    /// <summary>Lets a paused process go on (SIGCONT).</summary>
    public void Resume()
    {
        if (IsPaused && !process.HasExited && Signal(process.Id, SigCont) == 0)
        {
            IsPaused = false;
        }
    }

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => exited.Task;

    /// <summary>
    /// Asks the process to end (SIGTERM) so it can save its state, and kills it when it has not ended within
    /// <paramref name="grace"/>. Answers whether it ended of its own accord.
    /// </summary>
    public async Task<bool> StopAsync(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return true;
        }
        Resume();
        if (Signal(process.Id, SigTerm) == 0)
        {
            try
            {
                await process.WaitForExitAsync().WaitAsync(grace).ConfigureAwait(false);
                return true;
            }
            catch (TimeoutException)
            {
                // it did not end in time: DisposeAsync kills it
            }
        }
        await DisposeAsync().ConfigureAwait(false);
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // a stopped process takes SIGKILL too, but let it go first so its children do not linger stopped
                Resume();
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // it ended between the check and the kill
        }

        process.Dispose();
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Signal(int pid, int signal);

    private static void Forward(string? line, Action<string>? onLine)
    {
        if (line is not null)
        {
            onLine?.Invoke(line);
        }
    }
}
