using Hearth.Core.Metadata;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// Matches a library item to a provider's film or show: by the ids its NFO or folder tags carry first, then by a
/// title and year search scored by <see cref="CandidateScorer"/> and decided by <see cref="MatchDecision"/>. TMDB is
/// asked first; shows go on to TVmaze when TMDB has no key or does not answer. Only orchestration lives here.
/// </summary>
public sealed class MetadataMatcher(
    IEnumerable<IMovieMetadataProvider> movieProviders,
    IEnumerable<IShowMetadataProvider> showProviders,
    IOptions<MatchingOptions> options) : IMetadataMatcher
{
    private readonly IReadOnlyList<ProviderPort> _movies = [.. movieProviders.Select(ProviderPort.ForMovies).OrderBy(p => ProviderPort.Rank(p.Name))];
    private readonly IReadOnlyList<ProviderPort> _shows = [.. showProviders.Select(ProviderPort.ForShows).OrderBy(p => ProviderPort.Rank(p.Name))];
    private readonly double _threshold = options.Value.Threshold;

    public async Task<MatchResult> MatchAsync(MatchRequest request, string language, CancellationToken ct)
    {
        var ports = request.Kind == MetadataKind.Movie ? _movies : _shows;
        if (ports.Count == 0)
        {
            return new MatchResult(MatchStatus.Failed, null, 0, $"no {MatchDecision.Noun(request.Kind)} provider is set up", ProviderOutcome.NoKey, []);
        }

        MatchResult? failure = null;
        MatchResult? keyFailure = null;
        foreach (var port in ports)
        {
            var result = await MatchWithAsync(port, request, language, ct).ConfigureAwait(false);
            switch (result.Status)
            {
                case MatchStatus.Matched:
                    return result;
                case MatchStatus.Unmatched:
                    // a provider before this one failed and might have matched: try again later rather than settle
                    return failure ?? result;
                default:
                    // a missing or refused key only means "ask the next one"; other failures are remembered
                    if (result.Failure is ProviderOutcome.NoKey or ProviderOutcome.Unauthorized)
                    {
                        keyFailure ??= result;
                    }
                    else
                    {
                        failure ??= result;
                    }

                    break;
            }
        }

        return failure ?? keyFailure!;
    }

    private async Task<MatchResult> MatchWithAsync(ProviderPort port, MatchRequest request, string language, CancellationToken ct)
    {
        if (Value(request, port.Name) is { } ownId)
        {
            var byOwnId = await port.GetAsync(ownId, language, ct).ConfigureAwait(false);
            if (byOwnId.IsOk)
            {
                return ById(byOwnId.Value!, $"its {port.Name} id {ownId}");
            }

            if (byOwnId.Outcome != ProviderOutcome.NotFound)
            {
                return Failed(port, byOwnId.Outcome, byOwnId.Detail, $"looking up {port.Name} id {ownId}");
            }
        }

        foreach (var source in port.FindSources)
        {
            if (Value(request, source) is not { } externalId)
            {
                continue;
            }

            var found = await port.FindAsync(source, externalId, ct).ConfigureAwait(false);
            if (!found.IsOk)
            {
                if (found.Outcome != ProviderOutcome.NotFound)
                {
                    return Failed(port, found.Outcome, found.Detail, $"finding {source} id {externalId}");
                }

                continue;
            }

            var byFound = await port.GetAsync(found.Value!, language, ct).ConfigureAwait(false);
            if (byFound.IsOk)
            {
                return ById(byFound.Value!, $"its {source} id {externalId}");
            }

            if (byFound.Outcome != ProviderOutcome.NotFound)
            {
                return Failed(port, byFound.Outcome, byFound.Detail, $"looking up {port.Name} id {found.Value}");
            }
        }

        return await SearchAsync(port, request, language, ct).ConfigureAwait(false);
    }

    private async Task<MatchResult> SearchAsync(ProviderPort port, MatchRequest request, string language, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            return new MatchResult(MatchStatus.Unmatched, null, 0, "the item has no title to search for", null, []);
        }

        var first = await port.SearchAsync(request.Title, request.Year, language, ct).ConfigureAwait(false);
        if (!Answered(first))
        {
            return Failed(port, first.Outcome, first.Detail, $"searching for {MatchDecision.Describe(request.Title, request.Year)}");
        }

        var candidates = first.Value ?? [];
        var result = MatchDecision.Decide(request, CandidateScorer.Rank(request, candidates), _threshold);
        if (result.Status == MatchStatus.Matched || request.Year is null)
        {
            return result;
        }

        // the year in a file name is often off by one, or the provider dates the premiere: search once more without it
        var second = await port.SearchAsync(request.Title, null, language, ct).ConfigureAwait(false);
        if (!Answered(second))
        {
            return Failed(port, second.Outcome, second.Detail, $"searching for '{request.Title}' without a year");
        }

        return MatchDecision.Decide(request, CandidateScorer.Rank(request, candidates.Concat(second.Value ?? [])), _threshold);
    }

    private static bool Answered<T>(ProviderResult<T> result) => result.Outcome is ProviderOutcome.Ok or ProviderOutcome.NotFound;

    private static string? Value(MatchRequest request, string key) =>
        request.ProviderIds.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static MatchResult ById(MetadataCandidate candidate, string how) =>
        new(MatchStatus.Matched, candidate, 1.0, $"{MatchDecision.Describe(candidate)} by {how}", null, []);

    private static MatchResult Failed(ProviderPort port, ProviderOutcome outcome, string? detail, string doing) =>
        new(MatchStatus.Failed, null, 0, $"{port.Name} failed {doing} ({outcome}){(string.IsNullOrWhiteSpace(detail) ? "" : ": " + detail)}", outcome, []);
}
