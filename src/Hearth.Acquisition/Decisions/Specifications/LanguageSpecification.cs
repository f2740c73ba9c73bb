using Hearth.Releases.Languages;

namespace Hearth.Acquisition.Decisions.Specifications;

/// <summary>language: none of the release's audio languages is one the profile wants ("Original" is the title's own).</summary>
internal sealed class LanguageSpecification : ISpecification
{
    public Rejection? Check(Decision release, SearchTarget target, DecisionPolicy policy, DateTimeOffset now)
    {
        var wanted = policy.Profile.Languages;
        if (wanted.Count == 0)
        {
            return null;
        }
        var original = target.OriginalLanguage is { } o and not Language.Unknown ? o : Language.English;
        var resolved = wanted.Select(l => l == Language.Original ? original : l).ToHashSet();
        if (release.Facts.Languages.Any(l => resolved.Contains(l == Language.Original ? original : l)))
        {
            return null;
        }
        return new(RejectionCodes.Language,
            $"It is in {string.Join(", ", release.Facts.Languages)}; the profile {policy.Profile.Name} wants {string.Join(" or ", resolved)}.");
    }
}
