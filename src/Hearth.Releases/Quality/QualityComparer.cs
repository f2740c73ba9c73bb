namespace Hearth.Releases.Quality;

/// <summary>
/// Orders parsed qualities the way the decision engine will: by the quality's rank, then by revision
/// (a REAL beats a proper of the same revision count, a higher version beats a lower one).
/// </summary>
public sealed class QualityComparer : IComparer<ParsedQuality>, IComparer<QualityDefinition>
{
    public static readonly QualityComparer Instance = new();

    public int Compare(QualityDefinition? x, QualityDefinition? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        var byRank = x.Rank.CompareTo(y.Rank);
        // equal ranks (WEB-DL vs WEBRip at one resolution) fall back to the id for a total order
        return byRank != 0 ? byRank : x.Source.CompareTo(y.Source);
    }

    public int Compare(ParsedQuality? x, ParsedQuality? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }
        var byQuality = Compare(x.Quality, y.Quality);
        if (byQuality != 0)
        {
            return byQuality;
        }
        var byReal = x.Revision.Real.CompareTo(y.Revision.Real);
        return byReal != 0 ? byReal : x.Revision.Version.CompareTo(y.Revision.Version);
    }
}
