namespace Hearth.Library.Metadata.Matching;

/// <summary>
/// How well two titles agree, 0 to 1. Written here rather than taken from a string-similarity package: what decides
/// a match is the normalisation (<see cref="TitleNormalizer"/>) and a few rules on it, and the usual metrics
/// forgive exactly what must not be forgiven here (Jaro-Winkler's prefix bonus rates "Alien" and "Aliens" 0.97).
/// A plain edit distance, charged steeply, is all that is left to measure. Pure.
/// </summary>
internal static class TitleSimilarity
{
    /// <summary>Only where the words break differs ("Spider-Man" / "Spiderman").</summary>
    public const double SpacingOnly = 0.97;

    /// <summary>Only a leading article differs ("The Matrix" / "Matrix"): close, yet below the exact title of another film.</summary>
    public const double ArticleOnly = 0.92;

    /// <summary>One is the other without its subtitle ("Star Wars: Episode IV - A New Hope" / "Star Wars"): needs the year's help.</summary>
    public const double SubtitleOnly = 0.85;

    /// <summary>What each share of differing characters costs beyond the spelling: 1 % different costs 3 %.</summary>
    private const double EditCost = 3.0;

    /// <summary>Titles whose numbers differ are different films ("Rocky 2" / "Rocky 3", "Part 1" / "Part 2"), however alike.</summary>
    private const double NumbersDiffer = 0.3;

    public static double Score(string a, string b) => Score(TitleNormalizer.Normalize(a), TitleNormalizer.Normalize(b));

    public static double Score(NormalizedTitle a, NormalizedTitle b)
    {
        if (a.Full.Length == 0 || b.Full.Length == 0)
        {
            return 0;
        }

        if (a.Full == b.Full)
        {
            return 1;
        }

        // "Spider-Man" / "Spiderman": words run together or apart are the same words
        if (Joined(a.Full) == Joined(b.Full))
        {
            return SpacingOnly;
        }

        if (Joined(a.WithoutArticle) == Joined(b.WithoutArticle))
        {
            return ArticleOnly;
        }

        if (a.Shortened.Contains(b.WithoutArticle) || b.Shortened.Contains(a.WithoutArticle))
        {
            return SubtitleOnly;
        }

        var distance = Levenshtein(a.WithoutArticle, b.WithoutArticle);
        var ratio = 1.0 - ((double)distance / Math.Max(a.WithoutArticle.Length, b.WithoutArticle.Length));
        var score = Math.Max(0, 1.0 - (EditCost * (1.0 - ratio)));
        if (!TitleNormalizer.Numbers(a.WithoutArticle).SequenceEqual(TitleNormalizer.Numbers(b.WithoutArticle)))
        {
            score = Math.Min(score, NumbersDiffer);
        }

        // a spelling difference never scores as well as a title that only lacks its article
        return Math.Min(score, ArticleOnly - 0.01);
    }

    private static string Joined(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
