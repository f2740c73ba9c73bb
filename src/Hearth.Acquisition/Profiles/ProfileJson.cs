using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.Profiles;

/// <summary>A step of a profile as JSON: its name, the qualities it holds by name, and whether it is allowed.</summary>
public sealed record ProfileItemDto(string Name, IReadOnlyList<string> Qualities, bool Allowed);

/// <summary>A custom format's score in a profile.</summary>
public sealed record FormatScoreDto(int Format, string? Name, int Score);

/// <summary>
/// A quality profile as the API and the store write it (<c>/api/v1/profiles</c>): the ladder worst first, the
/// cutoff by step name, scores by custom format id, languages by name.
/// </summary>
public sealed record ProfileDto(
    int Id,
    string Name,
    bool UpgradesAllowed,
    string Cutoff,
    int MinFormatScore,
    int CutoffFormatScore,
    int MinUpgradeFormatScore,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ProfileItemDto> Items,
    IReadOnlyList<FormatScoreDto> FormatItems)
{
    public static ProfileDto From(QualityProfile p, IReadOnlyDictionary<int, string>? formatNames = null) => new(
        p.Id,
        p.Name,
        p.UpgradesAllowed,
        p.Cutoff,
        p.MinFormatScore,
        p.CutoffFormatScore,
        p.MinUpgradeFormatScore,
        p.Languages.Select(l => l.ToString()).ToList(),
        p.Ranks.Select(r => new ProfileItemDto(r.Name, r.Qualities.Select(q => q.Name).ToList(), r.Allowed)).ToList(),
        p.FormatScores.OrderBy(s => s.Key).Select(s => new FormatScoreDto(s.Key, formatNames?.GetValueOrDefault(s.Key), s.Value)).ToList());

    /// <summary>The profile, or what in the JSON names nothing Hearth knows.</summary>
    public (QualityProfile? Profile, IReadOnlyList<string> Problems) ToProfile()
    {
        var problems = new List<string>();
        var ranks = new List<ProfileRank>();
        foreach (var item in Items ?? [])
        {
            var qualities = new List<QualityDefinition>();
            foreach (var name in item.Qualities ?? [])
            {
                if (Qualities.FindByName(name) is { } quality)
                {
                    qualities.Add(quality);
                }
                else
                {
                    problems.Add($"'{name}' is no quality Hearth knows (one of {string.Join(", ", Releases.Quality.Qualities.All.Select(q => q.Name))}).");
                }
            }
            ranks.Add(new ProfileRank(item.Name ?? string.Empty, qualities, item.Allowed));
        }
        var languages = new List<Language>();
        foreach (var name in Languages ?? [])
        {
            if (Enum.TryParse<Language>(name, ignoreCase: true, out var language) && Enum.IsDefined(language) && language != Language.Unknown)
            {
                languages.Add(language);
            }
            else
            {
                problems.Add($"'{name}' is no language Hearth knows.");
            }
        }
        var profile = new QualityProfile
        {
            Id = Id,
            Name = Name?.Trim() ?? string.Empty,
            Ranks = ranks,
            Cutoff = Cutoff ?? string.Empty,
            UpgradesAllowed = UpgradesAllowed,
            MinFormatScore = MinFormatScore,
            CutoffFormatScore = CutoffFormatScore,
            MinUpgradeFormatScore = MinUpgradeFormatScore,
            Languages = languages,
            FormatScores = (FormatItems ?? []).GroupBy(f => f.Format).ToDictionary(g => g.Key, g => g.Last().Score),
        };
        problems.AddRange(profile.Problems());
        return (problems.Count == 0 ? profile : null, problems);
    }
}

[JsonSerializable(typeof(ProfileDto))]
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
