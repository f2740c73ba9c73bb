using Hearth.Acquisition.Decisions;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Searches;

/// <summary>
/// A release as <c>GET /api/v1/releases</c> answers it (the fixed shape: guid, indexerId, indexer, title, protocol,
/// size, seeders, ageHours, quality, customFormats, customFormatScore, accepted, rejections), plus what the name told.
/// </summary>
public sealed record ReleaseView(
    string Guid,
    Guid IndexerId,
    string Indexer,
    string Title,
    string Protocol,
    long? Size,
    int? Seeders,
    double? AgeHours,
    string Quality,
    IReadOnlyList<string> CustomFormats,
    int CustomFormatScore,
    bool Accepted,
    IReadOnlyList<Rejection> Rejections,
    string? Revision,
    IReadOnlyList<string> Languages,
    string? ReleaseGroup,
    int? Season,
    IReadOnlyList<int> Episodes)
{
    public static ReleaseView From(Decision d)
    {
        var quality = QualityText.Of(d.Quality);
        return new ReleaseView(
            d.Release.Guid ?? string.Empty,
            d.Release.IndexerId,
            d.Release.IndexerName,
            d.Release.Title,
            d.Release.Protocol == ReleaseProtocol.Usenet ? "usenet" : "torrent",
            d.Release.Size,
            d.Release.Seeders,
            d.AgeHours is { } age ? Math.Round(age, 1) : null,
            d.Quality.Quality.Name,
            d.Formats.Select(f => f.Name).ToList(),
            d.FormatScore,
            d.Accepted,
            d.Rejections,
            quality.Length > d.Quality.Quality.Name.Length ? quality[(d.Quality.Quality.Name.Length + 1)..] : null,
            d.Facts.Languages.Select(l => l.ToString()).ToList(),
            d.Parsed.ReleaseGroup,
            d.Parsed.SeasonNumber,
            d.Parsed.EpisodeNumbers);
    }
}
