namespace Hearth.Core.Metadata;

/// <summary>How a call to a metadata provider ended. Sent in JSON as the camelCase word of its name.</summary>
public enum ProviderOutcome
{
    Ok,

    /// <summary>The provider answered that it has no such thing (a 404, an empty lookup).</summary>
    NotFound,

    /// <summary>Not asked: the provider needs a key and none is set.</summary>
    NoKey,

    /// <summary>The key was refused (401, 403).</summary>
    Unauthorized,

    /// <summary>429 after the retries, or the circuit is open after repeated failures.</summary>
    RateLimited,

    /// <summary>Unreachable, timed out, or 5xx after the retries.</summary>
    Unavailable,

    /// <summary>An answer that is not the documented shape (not JSON, cut off, a field of the wrong kind).</summary>
    Garbage,
}

/// <summary>
/// A provider's answer or why there is none. Never an exception for a provider's failure: a scan or a refresh
/// reads the outcome, keeps what it knew, and says why (<paramref name="Detail"/> is a sentence for a person,
/// never holding a key).
/// </summary>
public sealed record ProviderResult<T>(ProviderOutcome Outcome, T? Value, string? Detail)
{
    public bool IsOk => Outcome == ProviderOutcome.Ok && Value is not null;

    public static ProviderResult<T> Ok(T value) => new(ProviderOutcome.Ok, value, null);

    public static ProviderResult<T> Fail(ProviderOutcome outcome, string detail) => new(outcome, default, detail);

    /// <summary>The same failure, for an answer of another type.</summary>
    public ProviderResult<TOther> As<TOther>() => new(Outcome, default, Detail);
}
