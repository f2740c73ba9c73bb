using Hearth.Core.Metadata;

namespace Hearth.Library.Tests.Metadata.Matching;

/// <summary>
/// A provider answering from prepared data, for the matcher's decision logic (the real clients have their own
/// loopback tests). <see cref="Calls"/> records what was asked; <see cref="FailWith"/> makes every call fail so.
/// </summary>
internal sealed class FakeProvider(string name) : IMovieMetadataProvider, IShowMetadataProvider
{
    public string Name => name;

    public List<string> Calls { get; } = [];

    public Dictionary<string, MetadataCandidate> ById { get; } = [];

    public Dictionary<(string Source, string Id), string> Finds { get; } = [];

    /// <summary>What a search answers, by the year it was asked with (null: without a year).</summary>
    public List<(int? Year, MetadataCandidate[] Found)> Searches { get; } = [];

    public ProviderOutcome? FailWith { get; set; }

    /// <summary>Only searches fail so, ids still answer.</summary>
    public ProviderOutcome? SearchFailsWith { get; set; }

    public Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchMoviesAsync(string title, int? year, string language, CancellationToken ct) =>
        Search(title, year);

    public Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> SearchShowsAsync(string title, int? year, string language, CancellationToken ct) =>
        Search(title, year);

    public Task<ProviderResult<MovieMetadata>> MovieAsync(string id, string language, CancellationToken ct)
    {
        Calls.Add($"get {id}");
        if (FailWith is { } outcome)
        {
            return Task.FromResult(ProviderResult<MovieMetadata>.Fail(outcome, "prepared failure"));
        }

        return Task.FromResult(ById.TryGetValue(id, out var c)
            ? ProviderResult<MovieMetadata>.Ok(new MovieMetadata(
                c.Provider, c.Id, new Dictionary<string, string>(), c.Title, c.OriginalTitle, null, c.AlternativeTitles,
                c.Year is { } y ? new DateOnly(y, 6, 1) : null, null, null, [], [], null, new Dictionary<string, string>(), null, [], null, []))
            : ProviderResult<MovieMetadata>.Fail(ProviderOutcome.NotFound, $"no film {id}"));
    }

    public Task<ProviderResult<ShowMetadata>> ShowAsync(string id, string language, CancellationToken ct)
    {
        Calls.Add($"get {id}");
        if (FailWith is { } outcome)
        {
            return Task.FromResult(ProviderResult<ShowMetadata>.Fail(outcome, "prepared failure"));
        }

        return Task.FromResult(ById.TryGetValue(id, out var c)
            ? ProviderResult<ShowMetadata>.Ok(new ShowMetadata(
                c.Provider, c.Id, new Dictionary<string, string>(), c.Title, c.OriginalTitle, null, c.AlternativeTitles,
                c.Year is { } y ? new DateOnly(y, 1, 1) : null, null, null, null, [], [], null, new Dictionary<string, string>(), null, [], [], []))
            : ProviderResult<ShowMetadata>.Fail(ProviderOutcome.NotFound, $"no show {id}"));
    }

    public Task<ProviderResult<IReadOnlyList<EpisodeMetadata>>> EpisodesAsync(string id, string language, CancellationToken ct) =>
        Task.FromResult(ProviderResult<IReadOnlyList<EpisodeMetadata>>.Ok([]));

    public Task<ProviderResult<string>> FindMovieAsync(string source, string externalId, CancellationToken ct) => Find(source, externalId);

    public Task<ProviderResult<string>> FindShowAsync(string source, string externalId, CancellationToken ct) => Find(source, externalId);

    private Task<ProviderResult<string>> Find(string source, string externalId)
    {
        Calls.Add($"find {source} {externalId}");
        if (FailWith is { } outcome)
        {
            return Task.FromResult(ProviderResult<string>.Fail(outcome, "prepared failure"));
        }

        return Task.FromResult(Finds.TryGetValue((source, externalId), out var id)
            ? ProviderResult<string>.Ok(id)
            : ProviderResult<string>.Fail(ProviderOutcome.NotFound, "nothing by that id"));
    }

    private Task<ProviderResult<IReadOnlyList<MetadataCandidate>>> Search(string title, int? year)
    {
        Calls.Add(year is null ? $"search {title}" : $"search {title} {year}");
        if ((FailWith ?? SearchFailsWith) is { } outcome)
        {
            return Task.FromResult(ProviderResult<IReadOnlyList<MetadataCandidate>>.Fail(outcome, "prepared failure"));
        }

        return Task.FromResult(Searches.FirstOrDefault(s => s.Year == year).Found is { } found
            ? ProviderResult<IReadOnlyList<MetadataCandidate>>.Ok(found)
            : ProviderResult<IReadOnlyList<MetadataCandidate>>.Fail(ProviderOutcome.NotFound, "no results"));
    }
}
