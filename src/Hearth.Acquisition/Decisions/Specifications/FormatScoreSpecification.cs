namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>cf-score-too-low: the custom formats it matches score it below the profile's minimum.</summary>
internal sealed class FormatScoreSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        if (release.FormatScore >= policy.Profile.MinFormatScore)
        {
            return null;
        }
        var formats = release.Formats.Count == 0 ? "no custom format" : string.Join(", ", release.Formats.Select(f => f.Name));
        return new(RejectionCodes.FormatScoreTooLow,
            $"Its custom-format score is {release.FormatScore} ({formats}); the profile {policy.Profile.Name} needs at least {policy.Profile.MinFormatScore}.");
    }
}
