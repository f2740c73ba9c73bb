namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>wrong-year: a movie's year more than one off (release dates differ by a year between countries, no more).</summary>
internal sealed class YearSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        if (target.Kind != TargetKind.Movie || target.Year is not { } wanted || release.Parsed.Year is not { } year || Math.Abs(year - wanted) <= 1)
        {
            return null;
        }
        return new(RejectionCodes.WrongYear, $"It is from {year}; {target.Title} is from {wanted}.");
    }
}
