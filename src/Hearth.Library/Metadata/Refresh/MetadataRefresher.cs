using System.Text.Json;
using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Metadata.Matching;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>
/// Matches one movie or show and applies what the provider has. A match already made (by the matcher or by a
/// person) is refreshed by its id, not matched again. Whatever a provider does wrong (down, slow, limiting,
/// garbage), the item stays as it was: its record says Failed, with the outcome, and when to try again. With no key
/// nothing is asked and nothing is retried: the item waits for one.
/// </summary>
public sealed class MetadataRefresher(
    IServiceProvider services,
    IDbContextFactory<LibraryDb> factory,
    LibraryWriter writer,
    MetadataApplier applier,
    NfoSaver nfo,
    MetadataLocale locale,
    ProviderHealth health,
    IOptions<RefreshOptions> options,
    TimeProvider time)
{
    /// <summary>Whether anything can be asked at all: a matcher and at least one provider in this build.</summary>
    public bool Available => services.GetService<IMetadataMatcher>() is not null && (Movies.Any() || Shows.Any());

    public IEnumerable<IMovieMetadataProvider> Movies => services.GetServices<IMovieMetadataProvider>();

    public IEnumerable<IShowMetadataProvider> Shows => services.GetServices<IShowMetadataProvider>();

    /// <summary>Refreshes one item; answers the state it ended in (null for an item that is not a movie or show).</summary>
    public async Task<MatchState?> RefreshAsync(Guid itemId, CancellationToken ct)
    {
        var (item, record) = await ReadAsync(itemId, ct).ConfigureAwait(false);
        if (item is null || item.Kind is not (ItemKind.Movie or ItemKind.Show))
        {
            return null;
        }

        var language = await locale.LanguageOfAsync(item.LibraryId, ct).ConfigureAwait(false);
        if (record is { Provider: { } provider, ProviderId: { } id })
        {
            var kept = new MatchInfo(record.Confidence ?? 1, record.Reason ?? "refreshed by its id", false, MetadataJson.Candidates(record.AlternativesJson));
            return await FetchAndApplyAsync(item, provider, id, kept, language, ct).ConfigureAwait(false);
        }

        if (services.GetService<IMetadataMatcher>() is not { } matcher)
        {
            return MatchState.Pending;
        }

        var kind = item.Kind == ItemKind.Movie ? MetadataKind.Movie : MetadataKind.Show;
        var request = new MatchRequest(kind, item.Title, item.Year, ItemFields.ProviderIds(item), item.OriginalTitle);
        var result = await matcher.MatchAsync(request, language, ct).ConfigureAwait(false);
        switch (result.Status)
        {
            case MatchStatus.Failed:
                var outcome = result.Failure ?? ProviderOutcome.Unavailable;
                foreach (var name in kind == MetadataKind.Movie ? Movies.Select(p => p.Name) : Shows.Select(p => p.Name))
                {
                    health.Report(name, outcome, result.Reason, Now());
                }

                // the sentence names the provider that was asked: TVmaze for a show when TMDB has no key
                var asked = kind == MetadataKind.Show && !locale.HasTmdbKey ? ProviderIdNames.TvMaze : ProviderIdNames.Tmdb;
                return await FailAsync(itemId, outcome, result.Reason, asked, ct).ConfigureAwait(false);
            case MatchStatus.Unmatched:
                await UnmatchedAsync(itemId, result, ct).ConfigureAwait(false);
                return MatchState.Unmatched;
            default:
                var candidate = result.Candidate!;
                return await FetchAndApplyAsync(item, candidate.Provider, candidate.Id, new MatchInfo(result.Confidence, result.Reason, false, result.Alternatives), language, ct).ConfigureAwait(false);
        }
    }

    /// <summary>A person's choice: that provider's film or show, applied now. Answers the provider's outcome and why when it failed.</summary>
    public async Task<(ProviderOutcome Outcome, string? Detail)> IdentifyAsync(Guid itemId, string provider, string id, CancellationToken ct)
    {
        var (item, _) = await ReadAsync(itemId, ct).ConfigureAwait(false);
        if (item is null)
        {
            return (ProviderOutcome.NotFound, "no such item");
        }

        var info = new MatchInfo(1, "identified by a person", true, []);
        var language = await locale.LanguageOfAsync(item.LibraryId, ct).ConfigureAwait(false);
        var state = await FetchAndApplyAsync(item, provider, id, info, language, ct).ConfigureAwait(false);
        if (state == MatchState.Matched)
        {
            return (ProviderOutcome.Ok, null);
        }

        var (_, record) = await ReadAsync(itemId, ct).ConfigureAwait(false);
        return (Enum.TryParse<ProviderOutcome>(record?.LastOutcome, ignoreCase: true, out var o) ? o : ProviderOutcome.Unavailable, record?.Reason);
    }

    /// <summary>The provider's id of the film or show another provider names (an IMDb or TVDB id), from the first provider that knows it.</summary>
    public async Task<(string? Provider, string? Id, ProviderOutcome Outcome, string? Detail)> FindAsync(ItemKind kind, string source, string externalId, CancellationToken ct)
    {
        ProviderResult<string>? last = null;
        if (kind == ItemKind.Movie)
        {
            foreach (var p in Movies)
            {
                last = await p.FindMovieAsync(source, externalId, ct).ConfigureAwait(false);
                if (last.IsOk)
                {
                    return (p.Name, last.Value, ProviderOutcome.Ok, null);
                }
            }
        }
        else
        {
            foreach (var p in Shows)
            {
                last = await p.FindShowAsync(source, externalId, ct).ConfigureAwait(false);
                if (last.IsOk)
                {
                    return (p.Name, last.Value, ProviderOutcome.Ok, null);
                }
            }
        }

        return (null, null, last?.Outcome ?? ProviderOutcome.NotFound, last?.Detail ?? "no provider knows that id");
    }

    private async Task<MatchState> FetchAndApplyAsync(Item item, string provider, string id, MatchInfo info, string language, CancellationToken ct)
    {
        if (item.Kind == ItemKind.Movie)
        {
            var client = Movies.FirstOrDefault(p => string.Equals(p.Name, provider, StringComparison.OrdinalIgnoreCase));
            if (client is null)
            {
                return await FailAsync(item.Id, ProviderOutcome.NoKey, $"the provider {provider} is not available for films", provider, ct).ConfigureAwait(false);
            }

            var movie = await client.MovieAsync(id, language, ct).ConfigureAwait(false);
            health.Report(client.Name, movie.Outcome, movie.Detail, Now());
            if (!movie.IsOk)
            {
                return await FailAsync(item.Id, movie.Outcome, movie.Detail, client.Name, ct).ConfigureAwait(false);
            }

            await applier.ApplyMovieAsync(item.Id, movie.Value!, info, language, ct).ConfigureAwait(false);
            await nfo.SaveAsync(item.Id, ct).ConfigureAwait(false);
            return MatchState.Matched;
        }

        var shows = Shows.FirstOrDefault(p => string.Equals(p.Name, provider, StringComparison.OrdinalIgnoreCase));
        if (shows is null)
        {
            return await FailAsync(item.Id, ProviderOutcome.NoKey, $"the provider {provider} is not available for shows", provider, ct).ConfigureAwait(false);
        }

        var show = await shows.ShowAsync(id, language, ct).ConfigureAwait(false);
        health.Report(shows.Name, show.Outcome, show.Detail, Now());
        if (!show.IsOk)
        {
            return await FailAsync(item.Id, show.Outcome, show.Detail, shows.Name, ct).ConfigureAwait(false);
        }

        var episodes = await shows.EpisodesAsync(id, language, ct).ConfigureAwait(false);
        // a show without its episode list is still the show: the episodes wait for the next refresh
        await applier.ApplyShowAsync(item.Id, show.Value!, episodes.IsOk ? episodes.Value! : [], EpisodeLookup.Find, info, language, ct).ConfigureAwait(false);
        await nfo.SaveAsync(item.Id, ct).ConfigureAwait(false);
        return MatchState.Matched;
    }

    /// <summary>
    /// Records a provider's failure: the item shows what it showed, its record says what happened and when to try
    /// again. No key is not a failure (nothing was asked): the item waits as it was, Pending if it was never
    /// matched, and is not retried until a key is set. Answers the state the item is left in.
    /// </summary>
    private async Task<MatchState> FailAsync(Guid itemId, ProviderOutcome outcome, string? detail, string? asked, CancellationToken ct)
    {
        var state = MatchState.Failed;
        await writer.WriteAsync(
            async (db, token) =>
            {
                var row = await RecordAsync(db, itemId, token).ConfigureAwait(false);
                if (row is null)
                {
                    return;
                }

                row.LastOutcome = JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());
                row.Reason = ProviderHealth.Sentence(asked ?? row.Provider ?? ProviderIdNames.Tmdb, outcome, detail) ?? detail ?? "the provider did not answer";
                row.RefreshedMs = Now();
                if (outcome == ProviderOutcome.NoKey)
                {
                    row.State = row.State == MatchState.Failed ? MatchState.Pending : row.State;
                    row.RetryAtMs = null;
                }
                else
                {
                    row.Attempts++;
                    row.State = MatchState.Failed;
                    row.RetryAtMs = Now() + (long)options.Value.Backoff(row.Attempts).TotalMilliseconds;
                }

                state = row.State;
                await db.SaveChangesAsync(token).ConfigureAwait(false);
            },
            ct).ConfigureAwait(false);
        return state;
    }

    private Task UnmatchedAsync(Guid itemId, MatchResult result, CancellationToken ct) =>
        writer.WriteAsync(
            async (db, token) =>
            {
                var row = await RecordAsync(db, itemId, token).ConfigureAwait(false);
                if (row is null)
                {
                    return;
                }

                row.State = MatchState.Unmatched;
                row.Confidence = result.Confidence;
                row.Reason = result.Reason;
                row.LastOutcome = "ok";
                row.Attempts = 0;
                row.RetryAtMs = null;
                row.RefreshedMs = Now();
                row.AlternativesJson = JsonSerializer.Serialize(result.Alternatives.ToList(), MetadataJson.Default.ListMetadataCandidate);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
            },
            ct);

    private static async Task<ItemMetadata?> RecordAsync(LibraryDb db, Guid itemId, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct).ConfigureAwait(false);
        return item is null ? null : await MetadataApplier.RecordAsync(db, item, ct).ConfigureAwait(false);
    }

    private async Task<(Item? Item, ItemMetadata? Record)> ReadAsync(Guid itemId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct).ConfigureAwait(false);
        var record = await db.ItemMetadata.AsNoTracking().FirstOrDefaultAsync(m => m.ItemId == itemId, ct).ConfigureAwait(false);
        return (item, record);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
