using System.Diagnostics;

namespace Hearth.Core.Processes;

/// <summary>
/// A long-running child (acquire inside the egress namespace, say) started by <see cref="ProcessRunner.Start"/>:
/// its output is drained line by line to a callback, and disposing it kills the whole tree.
/// </summary>
public sealed class RunningProcess : IAsyncDisposable
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

    public int Id => process.Id;

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => exited.Task;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
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

    private static void Forward(string? line, Action<string>? onLine)
    {
        if (line is not null)
        {
            onLine?.Invoke(line);
        }
    }
}
