using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Profiles;

/// <summary>
/// The profiles a new household starts with, named as in Sonarr and Radarr so their users know them. The
/// ladder is the quality table's order, with qualities of equal rank (WEB-DL and WEBRip at one resolution)
/// held as one step, "WEB 1080p", as both apps group them.
/// </summary>
public static class DefaultProfiles
{
    /// <summary>The profile a movie or series gets when the person picks none.</summary>
    public const string DefaultName = "HD-1080p";

    /// <summary>Every quality as the ladder's steps, worst first, none allowed.</summary>
    public static IReadOnlyList<ProfileRank> Ladder()
    {
        var ranks = new List<ProfileRank>();
        foreach (var group in Qualities.All.GroupBy(q => q.Rank).OrderBy(g => g.Key))
        {
            var members = group.ToList();
            ranks.Add(members.Count == 1
                ? ProfileRank.Single(members[0], false)
                : new ProfileRank(GroupName(members), members, false));
        }
        return ranks;
    }

    private static string GroupName(IReadOnlyList<QualityDefinition> members) =>
        members.All(q => q.Source is QualitySource.WebDl or QualitySource.WebRip) && members[0].Resolution > 0
            ? $"WEB {members[0].Resolution}p"
            : string.Join(" / ", members.Select(q => q.Name));

    /// <summary>A profile allowing the named steps (qualities or groups) of the default ladder.</summary>
    public static QualityProfile Allowing(int id, string name, string cutoff, params string[] allowed)
    {
        var wanted = new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase);
        var ranks = Ladder().Select(r => r with { Allowed = wanted.Contains(r.Name) }).ToList();
        var unknown = wanted.Where(w => !ranks.Any(r => string.Equals(r.Name, w, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"No step of the ladder is named {string.Join(", ", unknown)}.", nameof(allowed));
        }
        return new QualityProfile { Id = id, Name = name, Ranks = ranks, Cutoff = cutoff };
    }

    public static IReadOnlyList<QualityProfile> All { get; } =
    [
        Allowing(1, "Any", "WEB 1080p",
            "SDTV", "WEB 480p", "DVD", "Bluray-480p", "Bluray-576p", "HDTV-720p", "WEB 720p", "Bluray-720p",
            "HDTV-1080p", "WEB 1080p", "Bluray-1080p", "Bluray-1080p Remux", "HDTV-2160p", "WEB 2160p", "Bluray-2160p", "Bluray-2160p Remux"),
        Allowing(2, "SD", "DVD", "SDTV", "WEB 480p", "DVD", "Bluray-480p", "Bluray-576p"),
        Allowing(3, "HD-720p", "WEB 720p", "HDTV-720p", "WEB 720p", "Bluray-720p"),
        Allowing(4, DefaultName, "WEB 1080p", "HDTV-1080p", "WEB 1080p", "Bluray-1080p"),
        Allowing(5, "Ultra-HD", "WEB 2160p", "HDTV-2160p", "WEB 2160p", "Bluray-2160p", "Bluray-2160p Remux"),
        Allowing(6, "HD - 720p/1080p", "WEB 1080p", "HDTV-720p", "WEB 720p", "Bluray-720p", "HDTV-1080p", "WEB 1080p", "Bluray-1080p"),
    ];
}
