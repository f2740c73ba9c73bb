using Hearth.Core.Indexers;
using Hearth.Indexers.Caps;
using Hearth.Indexers.History;
using Hearth.Indexers.Limits;
using Hearth.Indexers.Newznab;
using Hearth.Indexers.Proxies;

namespace Hearth.Indexers.Definitions;

/// <summary>What a person sends to add or change an indexer. On a change a missing API key keeps the stored one.</summary>
public sealed record IndexerInput(
    string? Name,
    string? Kind,
    string? Url,
    string? ApiKey,
    IReadOnlyList<int>? Categories,
    int? Priority,
    IReadOnlyList<string>? Tags,
    bool? Enabled,
    string? Proxy,
    IndexerLimits? Limits);

/// <summary>Why a save or a test failed: a kind the UI can explain, and the words.</summary>
public sealed record IndexerProblem(string Kind, string Message);

/// <summary>Adds, changes, tests and removes indexers; every save is validated with <c>t=caps</c>.</summary>
public sealed class IndexerCatalog(IndexerStore store, NewznabClient client, IndexerLimiter limiter, HistoryStore history, TimeProvider time)
{
    public Task<IReadOnlyList<IndexerDefinition>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    public Task<IndexerDefinition?> GetAsync(Guid id, CancellationToken ct) => store.GetAsync(id, ct);

    public async Task<(IndexerDefinition? Indexer, IndexerProblem? Problem)> AddAsync(IndexerInput input, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var (draft, problem) = Merge(null, input, now);
        if (draft is null)
        {
            return (null, problem);
        }

        return await ValidateAndSaveAsync(draft, ct).ConfigureAwait(false);
    }

    public async Task<(IndexerDefinition? Indexer, IndexerProblem? Problem)> UpdateAsync(Guid id, IndexerInput input, CancellationToken ct)
    {
        var existing = await store.GetAsync(id, ct).ConfigureAwait(false);
        if (existing is null)
        {
            return (null, null);
        }

        var (draft, problem) = Merge(existing, input, time.GetUtcNow().ToUnixTimeMilliseconds());
        if (draft is null)
        {
            return (null, problem);
        }

        // only a change to where or how it is reached needs the indexer asked again
        var reachChanged = draft.Url != existing.Url || draft.ApiKey != existing.ApiKey || draft.Proxy != existing.Proxy || draft.Kind != existing.Kind;
        if (!reachChanged && existing.Caps is not null)
        {
            await store.SaveAsync(draft, ct).ConfigureAwait(false);
            if (draft.Enabled && !existing.Enabled)
            {
                limiter.Reset(id);
            }

            return (draft, null);
        }

        return await ValidateAndSaveAsync(draft, ct).ConfigureAwait(false);
    }

    /// <summary>Asks the indexer for its caps again; a success clears its back-off.</summary>
    public async Task<(IndexerDefinition? Indexer, IndexerProblem? Problem)> TestAsync(Guid id, CancellationToken ct)
    {
        var existing = await store.GetAsync(id, ct).ConfigureAwait(false);
        return existing is null ? (null, null) : await ValidateAndSaveAsync(existing, ct).ConfigureAwait(false);
    }

    /// <summary>Tries an indexer that is not saved (the Test button of the add form).</summary>
    public async Task<(IndexerCaps? Caps, IndexerProblem? Problem)> TryAsync(IndexerInput input, CancellationToken ct)
    {
        var (draft, problem) = Merge(null, input, 0);
        if (draft is null)
        {
            return (null, problem);
        }

        try
        {
            return (await client.GetCapsAsync(draft.Connection, ct).ConfigureAwait(false), null);
        }
        catch (IndexerException e)
        {
            return (null, new IndexerProblem(e.Kind.Text(), e.Message));
        }
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken ct)
    {
        var deleted = await store.DeleteAsync(id, ct).ConfigureAwait(false);
        if (deleted)
        {
            limiter.Forget(id);
            await history.DeleteIndexerAsync(id, ct).ConfigureAwait(false);
        }

        return deleted;
    }

    private async Task<(IndexerDefinition?, IndexerProblem?)> ValidateAndSaveAsync(IndexerDefinition draft, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var caps = await client.GetCapsAsync(draft.Connection, ct).ConfigureAwait(false);
            var saved = draft with { Caps = caps };
            await store.SaveAsync(saved, ct).ConfigureAwait(false);
            limiter.Reset(saved.Id);
            await history.RecordAsync(saved, "test", "t=caps", caps.AllCategories().Count(), 0, System.Diagnostics.Stopwatch.GetElapsedTime(started), IndexerOutcome.Ok, null, ct).ConfigureAwait(false);
            return (saved, null);
        }
        catch (IndexerException e)
        {
            return (null, new IndexerProblem(e.Kind.Text(), e.Message));
        }
    }

    private static (IndexerDefinition?, IndexerProblem?) Merge(IndexerDefinition? existing, IndexerInput input, long now)
    {
        static IndexerProblem Invalid(string message) => new("invalid", message);
        var url = input.Url?.Trim() ?? existing?.Url;
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (null, Invalid("The URL must be an http:// or https:// address."));
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return (null, Invalid("Give the URL without a query string or credentials; the API key goes in its own field."));
        }

        var apiKey = string.IsNullOrWhiteSpace(input.ApiKey) ? existing?.ApiKey : input.ApiKey.Trim();
        if (string.IsNullOrEmpty(apiKey))
        {
            return (null, Invalid("The API key is missing."));
        }

        IndexerKind kind;
        if (input.Kind is null)
        {
            kind = existing?.Kind ?? IndexerKind.Torznab;
        }
        else if (!Enum.TryParse(input.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
        {
            return (null, Invalid("The kind is torznab or newznab."));
        }

        var proxy = input.Proxy is null ? existing?.Proxy : string.IsNullOrWhiteSpace(input.Proxy) ? null : input.Proxy.Trim();
        if (ProxyAddress.Problem(proxy) is { } proxyProblem)
        {
            return (null, Invalid(proxyProblem));
        }

        var priority = input.Priority ?? existing?.Priority ?? 25;
        if (priority is < 1 or > 50)
        {
            return (null, Invalid("The priority is from 1 (preferred) to 50."));
        }

        var limits = input.Limits ?? existing?.Limits ?? new IndexerLimits(null, null, null, null);
        if (new[] { limits.QueriesPerHour, limits.QueriesPerDay, limits.GrabsPerHour, limits.GrabsPerDay }.Any(l => l is < 1))
        {
            return (null, Invalid("A limit is at least 1 (leave it empty for none)."));
        }

        var name = string.IsNullOrWhiteSpace(input.Name) ? existing?.Name ?? uri.Host : input.Name.Trim();
        return (new IndexerDefinition
        {
            Id = existing?.Id ?? Guid.CreateVersion7(),
            Name = name.Length > 100 ? name[..100] : name,
            Kind = kind,
            Url = url.TrimEnd('/'),
            ApiKey = apiKey,
            Categories = input.Categories ?? existing?.Categories ?? [],
            Priority = priority,
            Tags = (input.Tags ?? existing?.Tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList(),
            Enabled = input.Enabled ?? existing?.Enabled ?? true,
            Proxy = proxy,
            Limits = limits,
            Caps = existing?.Caps,
            CreatedMs = existing?.CreatedMs ?? now,
            UpdatedMs = now,
        }, null);
    }
}
