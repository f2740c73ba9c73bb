namespace Hearth.Acquisition.Decisions;

/// <summary>One rule a release must pass. Every rule runs on every release, so a person sees every reason at once.</summary>
internal interface ISpecification
{
    Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now);
}
