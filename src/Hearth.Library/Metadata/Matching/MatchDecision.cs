using System.Globalization;
using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// Chooses among scored candidates, or refuses and says why: below the threshold, or two candidates of the same
/// title that the item cannot tell apart (remakes: "The Thing" 1951 and 1982 for a file without a year). Pure.
/// </summary>
internal static class MatchDecision
{
    /// <summary>Scores this close are a near tie: the provider's popularity may break it, unless the titles are the same.</summary>
    public const double NearTie = 0.05;

    /// <summary>How many of the best candidates a result keeps for the identify dialog.</summary>
    public const int AlternativesKept = 5;

    public static MatchResult Decide(MatchRequest request, IReadOnlyList<ScoredCandidate> ranked, double threshold)
    {
        var alternatives = ranked.Take(AlternativesKept).Select(s => s.Candidate).ToList();
        if (ranked.Count == 0)
        {
            return new MatchResult(MatchStatus.Unmatched, null, 0, $"no {Noun(request.Kind)} found for {Describe(request.Title, request.Year)}", null, []);
        }

        var best = ranked[0];
        if (best.Score < threshold)
        {
            return new MatchResult(
                MatchStatus.Unmatched, null, best.Score,
                $"best candidate {Describe(best.Candidate)} scored {Format(best.Score)}, below {Format(threshold)}",
                null, alternatives);
        }

        var nearTies = ranked.Skip(1).Where(s => s.Score >= threshold && best.Score - s.Score < NearTie).ToList();
        var sameTitle = nearTies.Where(s => s.MatchedTitle == best.MatchedTitle).ToList();
        if (sameTitle.Count > 0)
        {
            // the same title twice: popularity is no reason to take one film for another
            var tied = sameTitle.Prepend(best).Select(s => s.Candidate).ToList();
            var years = string.Join(", ", tied.Select(c => c.Year?.ToString(CultureInfo.InvariantCulture) ?? "no year").Order(StringComparer.Ordinal));
            var why = request.Year is null ? "the file has no year" : $"none of them is closer to {request.Year}";
            return new MatchResult(
                MatchStatus.Unmatched, null, best.Score,
                $"{Count(tied.Count)} {Noun(request.Kind)}s named '{request.Title}' ({years}) and {why}",
                null, alternatives);
        }

        if (nearTies.Count == 0)
        {
            return Matched(best, $"{Describe(best.Candidate)} at {best.Candidate.Provider} scored {Format(best.Score)}", alternatives);
        }

        // different titles that fit about as well: the more popular is the one people mean
        var contenders = nearTies.Prepend(best).ToList();
        if (contenders.Any(s => s.Candidate.Popularity is null))
        {
            return best.Score - nearTies[0].Score > 0
                ? Matched(best, $"{Describe(best.Candidate)} at {best.Candidate.Provider} scored {Format(best.Score)}", alternatives)
                : new MatchResult(
                    MatchStatus.Unmatched, null, best.Score,
                    $"{string.Join(" and ", contenders.Select(s => Describe(s.Candidate)))} fit equally well",
                    null, alternatives);
        }

        var chosen = contenders.MaxBy(s => s.Candidate.Popularity)!;
        return Matched(
            chosen,
            $"{Describe(chosen.Candidate)} at {chosen.Candidate.Provider} scored {Format(chosen.Score)}, the most popular of {contenders.Count} close candidates",
            alternatives);
    }

    /// <summary>"'The Thing' (1982)", or without the year when there is none.</summary>
    public static string Describe(string title, int? year) =>
        year is null ? $"'{title}'" : $"'{title}' ({year.Value.ToString(CultureInfo.InvariantCulture)})";

    public static string Describe(MetadataCandidate candidate) => Describe(candidate.Title, candidate.Year);

    public static string Noun(MetadataKind kind) => kind == MetadataKind.Movie ? "film" : "show";

    private static MatchResult Matched(ScoredCandidate chosen, string reason, IReadOnlyList<MetadataCandidate> alternatives) =>
        new(MatchStatus.Matched, chosen.Candidate, chosen.Score, reason, null, alternatives);

    private static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Count(int count) => count switch
    {
        2 => "two",
        3 => "three",
        4 => "four",
        _ => count.ToString(CultureInfo.InvariantCulture),
    };
}
