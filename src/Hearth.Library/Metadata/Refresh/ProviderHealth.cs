using System.Collections.Concurrent;
using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>A provider's last answer, and the sentence a person can act on.</summary>
public sealed record ProviderState(string Provider, bool Configured, string? LastOutcome, long? LastMs, string? Sentence);

/// <summary>What each provider last answered, as the refresh saw it: the status page and the libraries page read it.</summary>
public sealed class ProviderHealth
{
    private readonly ConcurrentDictionary<string, (ProviderOutcome Outcome, string? Detail, long At)> last = new(StringComparer.OrdinalIgnoreCase);

    public void Report(string provider, ProviderOutcome outcome, string? detail, long nowMs) => last[provider] = (outcome, detail, nowMs);

    public (ProviderOutcome Outcome, string? Detail, long At)? Last(string provider) => last.TryGetValue(provider, out var v) ? v : null;

    /// <summary>The sentence for an outcome, naming the setting to change where there is one; never a key.</summary>
    public static string? Sentence(string provider, ProviderOutcome outcome, string? detail)
    {
        var name = Display(provider);
        return outcome switch
        {
            ProviderOutcome.Ok or ProviderOutcome.NotFound => null,
            ProviderOutcome.NoKey when provider == ProviderIdNames.Tmdb =>
                "no TMDB key: films get no online metadata; shows use TVmaze. Add Metadata:Tmdb:ApiKey in Settings.",
            ProviderOutcome.NoKey => $"no {name} key: add it in Settings.",
            ProviderOutcome.Unauthorized when provider == ProviderIdNames.Tmdb => "TMDB refused the key: check Metadata:Tmdb:ApiKey in Settings.",
            ProviderOutcome.Unauthorized => $"{name} refused the key: check it in Settings.",
            ProviderOutcome.RateLimited => $"{name} is limiting requests; Hearth tries again later.",
            ProviderOutcome.Garbage => $"{name} answered something Hearth could not read{Detail(detail)}; Hearth tries again later.",
            _ => $"metadata provider unreachable: {name}{Detail(detail)}; Hearth tries again later.",
        };
    }

    public static string Display(string provider) => provider.ToLowerInvariant() switch
    {
        ProviderIdNames.Tmdb => "TMDB",
        ProviderIdNames.TvMaze => "TVmaze",
        _ => provider,
    };

    private static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? string.Empty : " (" + detail.TrimEnd('.') + ")";
}
