namespace Hearth.Library.Naming;

/// <summary>
/// What an episode file's path says about it. <c>ShowKey</c> is the show's folder (the first path
/// segment), so every episode and extra of a show shares it; <c>EpisodeEnd</c> is set for multi-episode
/// files ("S01E01-E02"); <c>AirDate</c> for date-based shows ("Show 2024-01-15").
/// </summary>
public sealed record EpisodePath(
    string ShowKey,
    string ShowTitle,
    int? ShowYear,
    int? Season,
    int? Episode,
    int? EpisodeEnd,
    string? EpisodeTitle,
    DateOnly? AirDate,
    ExtraKind? Extra,
    IReadOnlyDictionary<string, string> ProviderIds);
