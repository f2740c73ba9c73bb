using System.ComponentModel.DataAnnotations;
using Hearth.Streaming.Ffmpeg;

namespace Hearth.Streaming;

public sealed class StreamingOptions
{
    public const string Section = "Streaming";

    /// <summary>Where sessions write their segments; empty: the data folder's transcodes folder.</summary>
    public string? TranscodeFolder { get; set; }

    /// <summary>
    /// Seconds per HLS segment. Short segments make starts and seeks quick (a restart encodes one segment
    /// before the player has anything); 3 s keeps a 1080p software restart near a second and a half on 2 cores.
    /// </summary>
    [Range(1, 30)]
    public double SegmentSeconds { get; set; } = 3;

    /// <summary>HLS sessions (remux or transcode) running at once; one more is refused with 503 and a reason.</summary>
    [Range(1, 64)]
    public int MaxConcurrentTranscodes { get; set; } = 2;

    /// <summary>A session nobody asked anything of for this long is stopped and its files removed.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>ffmpeg is paused (SIGSTOP) once this many segments are ready beyond the one the player last asked for.</summary>
    [Range(1, 100)]
    public int ThrottleSegments { get; set; } = 5;

    /// <summary>A request more than this many segments past what ffmpeg has written restarts it there (a seek).</summary>
    [Range(1, 100)]
    public int RestartDistance { get; set; } = 3;

    public HardwareAcceleration HardwareAcceleration { get; set; } = HardwareAcceleration.None;

    public string VaapiDevice { get; set; } = "/dev/dri/renderD128";

    /// <summary>Bits per second for clients on loopback or a private network (LAN, tailnet); null for none.</summary>
    public long? LocalMaxBitrate { get; set; }

    /// <summary>Bits per second for clients from anywhere else.</summary>
    public long? RemoteMaxBitrate { get; set; } = 8_000_000;

    /// <summary>Per-user limits by user name, in bits per second, over the local or remote one.</summary>
    public Dictionary<string, long> UserMaxBitrate { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
