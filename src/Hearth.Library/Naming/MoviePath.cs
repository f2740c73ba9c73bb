namespace Hearth.Library.Naming;

/// <summary>
/// What a movie file's path says about it. <c>Key</c> identifies the movie the file belongs to, so a
/// movie's main file, parts and extras share it; <c>Part</c> is the stacking part ("-cd1", "-part2").
/// </summary>
public sealed record MoviePath(
    string Key,
    string Title,
    int? Year,
    ExtraKind? Extra,
    string? ExtraTitle,
    string? Edition,
    IReadOnlyDictionary<string, string> ProviderIds,
    int? Part);
