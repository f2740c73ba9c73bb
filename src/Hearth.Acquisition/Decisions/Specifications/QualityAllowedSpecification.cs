namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>quality-not-allowed: the profile does not allow the release's quality (an unknown quality included).</summary>
internal sealed class QualityAllowedSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now) =>
        policy.Profile.Allows(release.Quality.Quality)
            ? null
            : new(RejectionCodes.QualityNotAllowed, $"{release.Quality.Quality.Name} is not allowed in the profile {policy.Profile.Name}.");
}
