namespace Hearth.Acquisition.Decisions;

/// <summary>Why a release was not taken: a stable code for scripts and a sentence for people.</summary>
public sealed record Rejection(string Code, string Text);

/// <summary>The codes of <see cref="Rejection"/>, one per specification; scripts rely on them, so they never change.</summary>
public static class RejectionCodes
{
    public const string WrongTitle = "wrong-title";
    public const string WrongYear = "wrong-year";
    public const string WrongEpisode = "wrong-episode";
    public const string QualityNotAllowed = "quality-not-allowed";
    public const string NotAnUpgrade = "not-an-upgrade";
    public const string FormatScoreTooLow = "cf-score-too-low";
    public const string Size = "size";
    public const string Blocklisted = "blocklisted";
    public const string AlreadyQueued = "already-queued";
    public const string TooFewSeeders = "too-few-seeders";
    public const string Delayed = "delayed";
    public const string Language = "language";
    public const string MultiEpisode = "multi-episode";
    public const string SeedRequirement = "seed-requirement";
}
