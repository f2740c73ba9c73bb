using Hearth.Streaming.Ffmpeg;
using Microsoft.Extensions.Logging;

namespace Hearth.Streaming.Hls;

/// <summary>
/// When ffmpeg dies (killed, crashed, out of memory) or the disk fills: restarted at the segment asked for, a
/// bounded number of times in a row, with the cause in the log. What the client hears never carries ffmpeg's
/// words: they name the server's files.
/// </summary>
public sealed partial class HlsTranscode
{
    // restarts in a row of runs that wrote no segment before a request fails: a source that cannot be read
    // (deleted, unmounted) must not be retried forever, a one-off kill must not end the session
    private const int MaxRestarts = 3;

    private int failuresInARow;
    private volatile bool noSpaceSeen;

    private async Task HandleExitAsync(int index)
    {
        var code = await ffmpeg!.Exited.ConfigureAwait(false);
        Refresh();
        if (done.Contains(index))
        {
            return;
        }

        if (code != 0 && acceleration != HardwareAcceleration.None && decision.Video is { Copy: false })
        {
            string detail;
            lock (progressLock)
            {
                detail = string.Join(" | ", errors);
            }

            logger.LogWarning("The {Encoder} encoder failed (exit {Code}: {Detail}); going on with the software encoder", HardwareEncoders.H264(acceleration), code, detail);
            acceleration = HardwareAcceleration.None;
            await StartAsync(index).ConfigureAwait(false);
            return;
        }

        // a run that wrote segments was working: only runs in a row that wrote nothing count towards giving up
        failuresInARow = Produced() >= runStart ? 1 : failuresInARow + 1;
        if (failuresInARow > MaxRestarts)
        {
            logger.LogError(
                "ffmpeg for {Title} stopped {Count} times in a row without writing a segment ({Cause}; it last said: {Last}); giving up on segment {Segment}",
                media.Title, failuresInARow, Cause(code), LastLine(), index);
            // the next request tries once more from scratch: the source may be back by then
            await StopAsync().ConfigureAwait(false);
            throw new TranscodeException(
                $"The transcoder stopped before segment {index} and did not recover after {MaxRestarts} restarts; the server's log has the cause.", TranscodeFailure.Stopped);
        }

        if (code == 0)
        {
            // it finished without this one (a sliver at the very end): start over there
            logger.LogInformation("ffmpeg for {Title} ended before segment {Segment}; starting again there", media.Title, index);
        }
        else
        {
            logger.LogWarning(
                "ffmpeg for {Title} stopped unexpectedly ({Cause}; it last said: {Last}) before segment {Segment}; restarting there ({Attempt} of {Max})",
                media.Title, Cause(code), LastLine(), index, failuresInARow, MaxRestarts);
        }

        await StartAsync(index).ConfigureAwait(false);
    }

    /// <summary>A run that died while the player jumped elsewhere is restarted by the jump; it is still worth a line in the log.</summary>
    private void ReportUnexpectedExit(int index)
    {
        if (ffmpeg is { Exited.IsCompletedSuccessfully: true } dead && dead.Exited.Result is not 0 and var code)
        {
            logger.LogWarning(
                "ffmpeg for {Title} had stopped unexpectedly ({Cause}; it last said: {Last}); the player asked for segment {Segment}, so it starts there",
                media.Title, Cause(code), LastLine(), index);
        }
    }

    private async Task FailIfDiskFullAsync(int index)
    {
        if (!noSpaceSeen && !DiskSpace.IsFull(Folder))
        {
            return;
        }

        // it writes nothing more anyway; the next request starts it again, when there may be room
        await StopAsync().ConfigureAwait(false);
        throw DiskFull(index);
    }

    private TranscodeException DiskFull(int index)
    {
        logger.LogWarning("The disk of the transcode folder {Folder} is full: segment {Segment} of {Title} cannot be written", Folder, index, media.Title);
        return new TranscodeException(
            $"Disk full: the server's transcode folder has no room for segment {index}. Free some space there (the server's log names the folder) and play again.",
            TranscodeFailure.DiskFull);
    }

    private string LastLine()
    {
        lock (progressLock)
        {
            return errors.Count > 0 ? errors.Last() : "nothing";
        }
    }

    // .NET reports a child ended by a signal as 128 + its number, as shells do (SIGKILL: 137)
    private static string Cause(int code) => code is > 128 and < 160 ? $"killed by signal {code - 128}" : $"exit {code}";
}
