using Hearth.Releases;

namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>wrong-title: the name is not of the movie or series searched (its own title, an alternative title, or with its year).</summary>
internal sealed class TitleSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var parsed = release.Parsed;
        if (!parsed.IsParsed)
        {
            return new(RejectionCodes.WrongTitle, $"Hearth cannot read this name as a release: {parsed.Failure}.");
        }
        var known = target.NormalizedTitles;
        if (known.Contains(parsed.NormalizedTitle))
        {
            return null;
        }
        foreach (var title in parsed.Titles)
        {
            if (known.Contains(ReleaseTitles.Normalize(title)))
            {
                return null;
            }
        }
        return new(RejectionCodes.WrongTitle, $"'{parsed.Title}' is not {target.Title}.");
    }
}
