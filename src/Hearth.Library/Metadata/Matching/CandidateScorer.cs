using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Matching;

/// <summary>A search hit with how well it fits the item, and the normalised title of it that fitted best.</summary>
internal sealed record ScoredCandidate(MetadataCandidate Candidate, double Score, double TitleScore, string MatchedTitle);

/// <summary>
/// Scores a provider's candidates against an item: the best title agreement (the item's title and original title
/// against the candidate's title, original title and alternative titles) times the year's agreement. Pure.
/// </summary>
internal static class CandidateScorer
{
    /// <summary>The item has no year: a title has to agree closely on its own (an exact title passes, a bare subtitle match does not).</summary>
    public const double NoItemYear = 0.9;

    /// <summary>The provider has no date for the candidate.</summary>
    public const double NoCandidateYear = 0.85;

    /// <summary>A year off by one: file names often carry the premiere's year, providers the release's.</summary>
    public const double YearOffByOne = 0.9;

    public const double YearOffByTwo = 0.6;

    /// <summary>Further apart: a remake or another film of the same name.</summary>
    public const double YearFarOff = 0.3;

    public static double YearFactor(int? itemYear, int? candidateYear)
    {
        if (itemYear is null)
        {
            return NoItemYear;
        }

        if (candidateYear is null)
        {
            return NoCandidateYear;
        }

        return Math.Abs(itemYear.Value - candidateYear.Value) switch
        {
            0 => 1.0,
            1 => YearOffByOne,
            2 => YearOffByTwo,
            _ => YearFarOff,
        };
    }

    public static ScoredCandidate Score(MatchRequest request, MetadataCandidate candidate)
    {
        var itemTitles = ItemTitles(request).Select(TitleNormalizer.Normalize).ToList();
        var bestTitle = 0.0;
        var matched = TitleNormalizer.Normalize(candidate.Title).WithoutArticle;
        foreach (var title in CandidateTitles(candidate))
        {
            var normalized = TitleNormalizer.Normalize(title);
            foreach (var item in itemTitles)
            {
                var score = TitleSimilarity.Score(item, normalized);
                if (score > bestTitle)
                {
                    bestTitle = score;
                    matched = normalized.WithoutArticle;
                }
            }
        }

        var kind = candidate.Kind == request.Kind ? 1.0 : 0.0;
        return new ScoredCandidate(candidate, bestTitle * YearFactor(request.Year, candidate.Year) * kind, bestTitle, matched);
    }

    /// <summary>Every distinct candidate of the item's kind scored, best first; the more popular first among equal scores.</summary>
    public static IReadOnlyList<ScoredCandidate> Rank(MatchRequest request, IEnumerable<MetadataCandidate> candidates) =>
        [.. candidates
            .Where(c => c.Kind == request.Kind)
            .DistinctBy(c => (c.Provider, c.Id))
            .Select(c => Score(request, c))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Candidate.Popularity ?? 0)];

    private static IEnumerable<string> ItemTitles(MatchRequest request)
    {
        yield return request.Title;
        if (!string.IsNullOrWhiteSpace(request.OriginalTitle))
        {
            yield return request.OriginalTitle;
        }
    }

    private static IEnumerable<string> CandidateTitles(MetadataCandidate candidate)
    {
        yield return candidate.Title;
        if (!string.IsNullOrWhiteSpace(candidate.OriginalTitle))
        {
            yield return candidate.OriginalTitle;
        }

        foreach (var alternative in candidate.AlternativeTitles.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            yield return alternative;
        }
    }
}
