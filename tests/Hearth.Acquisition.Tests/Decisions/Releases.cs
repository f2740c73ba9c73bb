using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Profiles;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Tests.Decisions;

/// <summary>Releases as an indexer would describe them, and a helper to decide them.</summary>
internal static class Releases
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public static readonly Guid Indexer = Guid.Parse("7e3c2a4e-0d1b-4f57-9d55-0a0a0a0a0a01");

    public const long Gb = 1024L * 1024 * 1024;

    public static IndexerRelease Torrent(string title, double gb = 8, int seeders = 50, double hoursOld = 48, string? guid = null) => new()
    {
        Title = title,
        Guid = guid ?? "guid-" + title,
        Size = (long)(gb * Gb),
        Seeders = seeders,
        Peers = seeders + 5,
        PublishDate = Now.AddHours(-hoursOld),
        Protocol = ReleaseProtocol.Torrent,
        IndexerId = Indexer,
        IndexerName = "Loopback Tracker",
    };

    public static IndexerRelease Nzb(string title, double gb = 8, double hoursOld = 48) =>
        Torrent(title, gb, 0, hoursOld) with { Protocol = ReleaseProtocol.Usenet, Seeders = null, Peers = null };

    public static QualityProfile Hd1080p => DefaultProfiles.All.Single(p => p.Name == DefaultProfiles.DefaultName);

    public static DecisionPolicy Policy(QualityProfile? profile = null) => new() { Profile = profile ?? Hd1080p };

    public static SearchTarget Blade => SearchTarget.Movie("Blade Runner", 1982, 117);

    public static IReadOnlyList<Decision> Decide(SearchTarget target, DecisionPolicy policy, params IndexerRelease[] releases) =>
        DecisionEngine.Decide(releases, target, policy, Now);

    public static Decision One(SearchTarget target, DecisionPolicy policy, IndexerRelease release) =>
        Decide(target, policy, release).Single();

    public static IReadOnlyList<string> Codes(this Decision decision) => decision.Rejections.Select(r => r.Code).ToList();
}
