using Hearth.Acquisition.Decisions;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Searches;

/// <summary>
/// Everything one search needs: what the hub is asked, what the releases are decided for and by which rules, and
/// which catalog entry a grab belongs to.
/// </summary>
public sealed record SearchContext(
    ReleaseQuery Query,
    SearchTarget Target,
    DecisionPolicy Policy,
    int? MovieId,
    int? SeriesId,
    string Subject)
{
    /// <summary>The movie's further version searched for; null for its own version (and for series).</summary>
    public int? VersionId { get; init; }
}
