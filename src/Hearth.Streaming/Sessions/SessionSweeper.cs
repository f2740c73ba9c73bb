using Microsoft.Extensions.Hosting;

namespace Hearth.Streaming.Sessions;

/// <summary>Every second: throttle transcoders far enough ahead, stop idle sessions; on shutdown, stop them all.</summary>
public sealed class SessionSweeper(SessionRegistry registry) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // leftovers of a previous run (killed without cleanup) are no session's any more
        if (Directory.Exists(registry.Root))
        {
            foreach (var folder in Directory.EnumerateDirectories(registry.Root).Where(f => Guid.TryParseExact(Path.GetFileName(f), "N", out _)))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await registry.SweepAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await registry.StopAllAsync().ConfigureAwait(false);
    }
}
