using Hearth.Core.Metadata;
using Hearth.Library.Store;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>What the status page and the libraries page say about online metadata: each provider, and each library's sentence.</summary>
public sealed class MetadataStatus(MetadataRefresher refresher, ProviderHealth health, RefreshQueue queue, Apply.MetadataLocale locale)
{
    public IReadOnlyList<ProviderState> Providers()
    {
        var names = refresher.Movies.Select(p => p.Name).Concat(refresher.Shows.Select(p => p.Name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0)
        {
            return [new ProviderState("none", false, null, null, "no metadata provider is part of this server: items keep what their files and NFOs say.")];
        }

        return [.. names.Select(State)];
    }

    public IReadOnlyList<RefreshProgress> Libraries() => queue.All;

    /// <summary>The sentence for a library of this kind, when something stands in the way of its metadata; null when all is well.</summary>
    public string? Sentence(LibraryKind kind)
    {
        var names = kind == LibraryKind.Movies ? refresher.Movies.Select(p => p.Name) : refresher.Shows.Select(p => p.Name);
        var states = names.Select(State).ToList();
        if (states.Count == 0)
        {
            return null;
        }

        // one provider that works is enough for a show library (TVmaze needs no key)
        return states.Any(s => s.Sentence is null) ? null : states[0].Sentence;
    }

    /// <summary>Whether a provider that can be asked (one with its key, or one that needs none) serves this kind of library.</summary>
    public bool CanMatch(LibraryKind kind) =>
        (kind == LibraryKind.Movies ? refresher.Movies.Select(p => p.Name) : refresher.Shows.Select(p => p.Name)).Any(n => State(n).Configured);

    private ProviderState State(string name)
    {
        var configured = !string.Equals(name, ProviderIdNames.Tmdb, StringComparison.OrdinalIgnoreCase) || locale.HasTmdbKey;
        var last = health.Last(name);
        var sentence = !configured
            ? ProviderHealth.Sentence(name, ProviderOutcome.NoKey, null)
            : last is { } l ? ProviderHealth.Sentence(name, l.Outcome, l.Detail) : null;
        return new ProviderState(name, configured, last is { } o ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(o.Outcome.ToString()) : null, last?.At, sentence);
    }
}
