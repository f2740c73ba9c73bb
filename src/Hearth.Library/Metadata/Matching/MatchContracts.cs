using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Matching;

/// <summary>What is known of a library item when it is matched: its kind, its title and year as read from the
/// names and NFO, and the provider ids the NFO or folder tags gave (keys as <see cref="ProviderIdNames"/>).</summary>
public sealed record MatchRequest(MetadataKind Kind, string Title, int? Year, IReadOnlyDictionary<string, string> ProviderIds, string? OriginalTitle = null);

public enum MatchStatus
{
    /// <summary>One candidate, by id or above the confidence threshold.</summary>
    Matched,

    /// <summary>The providers answered, and nothing was good enough: a person picks (the Unmatched view).</summary>
    Unmatched,

    /// <summary>The providers could not be asked or failed (offline, no key, 5xx): try again later.</summary>
    Failed,
}

/// <summary>
/// The outcome of matching one item. <paramref name="Reason"/> is a sentence for a person ("two films named 'The
/// Thing' (1951, 1982) and the file has no year"); <paramref name="Alternatives"/> are the best candidates, shown
/// when a person identifies the item by hand; <paramref name="Failure"/> is set when <paramref name="Status"/> is Failed.
/// </summary>
public sealed record MatchResult(
    MatchStatus Status,
    MetadataCandidate? Candidate,
    double Confidence,
    string Reason,
    ProviderOutcome? Failure,
    IReadOnlyList<MetadataCandidate> Alternatives);

/// <summary>Finds the film or show a library item is, ids first, then title and year; never a wrong one.</summary>
public interface IMetadataMatcher
{
    Task<MatchResult> MatchAsync(MatchRequest request, string language, CancellationToken ct);
}
