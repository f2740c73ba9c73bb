using Hearth.Core.Media;
using Hearth.Streaming.Decisions;
using Hearth.Streaming.Hls;

namespace Hearth.Streaming.Sessions;

/// <summary>One client playing one item: a direct play (no server work) or an HLS session with its transcoder.</summary>
public sealed class PlaybackSession(Guid id, Guid userId, string userName, string device, PlayableMedia media, PlaybackDecision decision, TimeProvider clock)
{
    private long lastSeen = clock.GetTimestamp();
    private long bytes;

    public Guid Id { get; } = id;

    public Guid UserId { get; } = userId;

    public string UserName { get; } = userName;

    public string Device { get; } = device;

    public PlayableMedia Media { get; } = media;

    public PlaybackDecision Decision { get; } = decision;

    public DateTimeOffset Started { get; } = clock.GetUtcNow();

    /// <summary>The HLS side; null for direct play.</summary>
    public HlsTranscode? Hls { get; init; }

    public TimeSpan Idle => clock.GetElapsedTime(Interlocked.Read(ref lastSeen));

    public long BytesServed => Interlocked.Read(ref bytes);

    /// <summary>Bits per second sent to the client since the start.</summary>
    public long Bandwidth
    {
        get
        {
            var seconds = (clock.GetUtcNow() - Started).TotalSeconds;
            if (Hls is null)
            {
                return Media.Media.Bitrate ?? 0;
            }

            return seconds < 1 ? 0 : (long)(BytesServed * 8 / seconds);
        }
    }

    public void Touch() => Interlocked.Exchange(ref lastSeen, clock.GetTimestamp());

    public void Served(long count) => Interlocked.Add(ref bytes, count);
}
