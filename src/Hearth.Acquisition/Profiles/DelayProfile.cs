using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Profiles;

/// <summary>
/// How long to wait after a release appears before grabbing it, per protocol, so a better one (or one over the
/// preferred protocol) can come first. Zero minutes grabs at once: the default.
/// </summary>
public sealed record DelayProfile
{
    public static readonly DelayProfile None = new();

    public ReleaseProtocol PreferredProtocol { get; init; } = ReleaseProtocol.Torrent;

    public int UsenetDelayMinutes { get; init; }

    public int TorrentDelayMinutes { get; init; }

    /// <summary>Grab at once when the release is of the profile's best allowed quality.</summary>
    public bool BypassIfHighestQuality { get; init; } = true;

    /// <summary>Grab at once when the release's custom-format score reaches this (null: never).</summary>
    public int? BypassIfFormatScoreAtLeast { get; init; }

    public int DelayMinutes(ReleaseProtocol protocol) =>
        protocol == ReleaseProtocol.Usenet ? UsenetDelayMinutes : TorrentDelayMinutes;
}
