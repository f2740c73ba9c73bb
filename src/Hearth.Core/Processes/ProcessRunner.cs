using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hearth.Core.Processes;

/// <summary>
/// The one owner of external processes (ffmpeg, ffprobe, ip, wg, nft): starts them without a shell,
/// drains stdout and stderr so a chatty child never blocks, kills the whole tree on cancellation or
/// timeout, and turns a failing exit code into an error that says what ran and what it printed.
/// </summary>
public sealed class ProcessRunner(ILogger<ProcessRunner>? logger = null)
{
    private const int StderrTailChars = 4000;
    private readonly ILogger logger = logger ?? NullLogger<ProcessRunner>.Instance;

    public async Task<ProcessResult> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        TimeSpan? timeout = null,
        bool throwOnFailure = true,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ExternalProcessException(program, arguments, -1, $"could not start {program}: {e.Message}");
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            linked.CancelAfter(limit);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = ReadTailAsync(process.StandardError);
        var watch = Stopwatch.StartNew();
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new ExternalProcessException(program, arguments, -1, $"{program} did not finish within {timeout}");
        }

        var result = new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), watch.Elapsed);
        logger.LogDebug("{Program} exited {Code} after {Elapsed} ms", program, result.ExitCode, (int)watch.Elapsed.TotalMilliseconds);
        if (throwOnFailure && result.ExitCode != 0)
        {
            throw new ExternalProcessException(program, arguments, result.ExitCode, LastLines(result.StandardError, 5));
        }

        return result;
    }

    /// <summary>Starts a long-running program (no shell); its output lines go to <paramref name="onLine"/>; <paramref name="environment"/> adds to what it inherits.</summary>
    public RunningProcess Start(string program, IReadOnlyList<string> arguments, Action<string>? onLine = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            process.Dispose();
            throw new ExternalProcessException(program, arguments, -1, $"could not start {program}: {e.Message}");
        }

        logger.LogDebug("Started {Program} as {Pid}", program, process.Id);
        return new RunningProcess(process, onLine);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it ended on its own between the check and the kill
        }
    }

    // Keeps only the end of stderr: ffmpeg can print megabytes, the reason for a failure is at the end.
    private static async Task<string> ReadTailAsync(StreamReader reader)
    {
        var tail = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            tail.Append(buffer, 0, read);
            if (tail.Length > StderrTailChars * 2)
            {
                tail.Remove(0, tail.Length - StderrTailChars);
            }
        }

        return tail.ToString();
    }

    private static string LastLines(string text, int count)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.TakeLast(count));
    }
}

public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);

public sealed class ExternalProcessException(string program, IReadOnlyList<string> arguments, int exitCode, string detail)
    : Exception($"{Path.GetFileName(program)} failed (exit {exitCode}): {detail}")
{
    public string Program { get; } = program;
    public IReadOnlyList<string> Arguments { get; } = arguments;
    public int ExitCode { get; } = exitCode;
}
