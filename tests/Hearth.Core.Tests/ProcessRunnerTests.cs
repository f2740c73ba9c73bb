using Hearth.Core.Processes;

namespace Hearth.Core.Tests;

public sealed class ProcessRunnerTests
{
    private readonly ProcessRunner runner = new();

    [Fact]
    public async Task RunAsync_Succeeds_AnswersStdoutAndExitCode()
    {
        var result = await runner.RunAsync("sh", ["-c", "printf 'a b'; printf 'oops' >&2"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("a b", result.StandardOutput);
        Assert.Equal("oops", result.StandardError);
    }

    [Fact]
    public async Task RunAsync_ArgumentsWithSpacesAndQuotes_ArriveUnchanged()
    {
        var result = await runner.RunAsync("printf", ["%s|%s", "two words", "it's \"quoted\""]);

        Assert.Equal("two words|it's \"quoted\"", result.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_NonZeroExit_ThrowsWithTheEndOfStderr()
    {
        var error = await Assert.ThrowsAsync<ExternalProcessException>(() => runner.RunAsync("sh", ["-c", "echo first >&2; echo 'the real reason' >&2; exit 3"]));

        Assert.Equal(3, error.ExitCode);
        Assert.Contains("the real reason", error.Message, StringComparison.Ordinal);
        Assert.Contains("exit 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NonZeroExitWithoutThrow_AnswersTheCode()
    {
        var result = await runner.RunAsync("sh", ["-c", "exit 4"], throwOnFailure: false);

        Assert.Equal(4, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_MissingProgram_ThrowsAClearError()
    {
        var error = await Assert.ThrowsAsync<ExternalProcessException>(() => runner.RunAsync("/nonexistent/tool", []));

        Assert.Contains("could not start", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Timeout_KillsTheProcessAndSaysSo()
    {
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<ExternalProcessException>(() => runner.RunAsync("sleep", ["30"], TimeSpan.FromMilliseconds(200)));

        Assert.Contains("did not finish", error.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync("sleep", ["30"], cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task RunAsync_LargeStderr_DoesNotBlockAndKeepsTheTail()
    {
        var result = await runner.RunAsync("sh", ["-c", "i=0; while [ $i -lt 20000 ]; do echo line $i >&2; i=$((i+1)); done; echo done"]);

        Assert.Equal("done\n", result.StandardOutput);
        Assert.EndsWith("line 19999\n", result.StandardError, StringComparison.Ordinal);
        Assert.True(result.StandardError.Length < 20000);
    }
}
