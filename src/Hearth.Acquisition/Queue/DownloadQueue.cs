using System.Collections.Concurrent;
using Hearth.Acquisition.Blocklist;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Searches;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Acquisition.Queue;

/// <summary>Why an action on the queue was refused: an HTTP status and a sentence.</summary>
public sealed record QueueProblem(int Status, string Title, string Detail);

/// <summary>
/// The queue: every grab on its way (handed to a client, followed there, being imported) and every one that failed,
/// with its reason, until a person removes it or tries it again. What the clients report is kept in memory by
/// <see cref="QueueMonitor"/>; what a grab became (failed, imported, removed) is kept in the store and the history.
/// </summary>
public sealed class DownloadQueue(
    IDbContextFactory<AcquisitionDb> factory,
    DownloadClients clients,
    BlocklistStore blocklist,
    ReleaseSearcher history,
    IServiceProvider services,
    Microsoft.Extensions.Options.IOptions<AcquisitionOptions> options,
    TimeProvider clock,
    ILogger<DownloadQueue> logger)
{
    private readonly ConcurrentDictionary<int, LiveDownload> live = new();
    private readonly ConcurrentDictionary<int, string> clientProblems = new();

    public async Task<IReadOnlyList<QueueItem>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await InQueue(db.Grabs.AsNoTracking()).OrderBy(g => g.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(Item)];
    }

    public async Task<QueueItem?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await InQueue(db.Grabs.AsNoTracking()).FirstOrDefaultAsync(g => g.Id == id, ct).ConfigureAwait(false) is { } row ? Item(row) : null;
    }

    /// <summary>
    /// Takes a grab out of the queue: out of its client first (with its data when asked; a client that cannot be
    /// reached refuses the whole removal, so nothing is half done), then blocklisted and searched again when asked.
    /// </summary>
    public async Task<(QueueRemoval? Done, QueueProblem? Problem)> RemoveAsync(int id, bool deleteData, bool block, bool searchAgain, string who, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await InQueue(db.Grabs).FirstOrDefaultAsync(g => g.Id == id, ct).ConfigureAwait(false) is not { } row)
        {
            return (null, NotInQueue(id));
        }
        if (row.Status == GrabStatus.Importing)
        {
            return (null, new QueueProblem(409, "Being imported", $"{row.Title} is being imported into the library; remove it once that is done."));
        }
        var fromClient = false;
        if (row is { ClientId: { } clientId, DownloadId: { } downloadId } && await clients.FollowAsync(clientId, ct).ConfigureAwait(false) is { } client)
        {
            try
            {
                await client.RemoveAsync(downloadId, deleteData, ct).ConfigureAwait(false);
                fromClient = true;
            }
            catch (DownloadClientException e)
            {
                clients.Report(clientId, e);
                return (null, new QueueProblem(502, "The client did not remove it", $"{e.Message} Nothing was removed; try again when {client.Name} answers."));
            }
        }
        var blocked = false;
        if (block)
        {
            await blocklist.AddAsync(Release(row), row.MovieId, row.SeriesId, $"removed from the queue by {who}", ct).ConfigureAwait(false);
            blocked = true;
        }
        var wasFailed = row.Status == GrabStatus.Failed;
        row.Status = wasFailed ? GrabStatus.Failed : GrabStatus.Removed;
        row.Hidden = true;
        row.EndedMs ??= clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        live.TryRemove(id, out _);
        var searching = searchAgain && Search(row);
        var done = new QueueRemoval(fromClient, fromClient && deleteData, blocked, searching);
        await RecordAsync(row, "removed", string.Join(", ", new[]
        {
            $"removed from the queue by {who}",
            fromClient ? $"out of {row.Client}{(deleteData ? " with its data" : ", its data kept")}" : null,
            blocked ? "blocklisted" : null,
            searching ? "searching again" : null,
        }.OfType<string>()), ct).ConfigureAwait(false);
        return (done, null);
    }

    /// <summary>
    /// Tries a failed grab again: a download its client still holds is resumed and followed again; one that never
    /// reached a client (or is gone from it) is fetched and handed to the client for its protocol again.
    /// </summary>
    public async Task<(QueueItem? Item, QueueProblem? Problem)> RetryAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await InQueue(db.Grabs).FirstOrDefaultAsync(g => g.Id == id, ct).ConfigureAwait(false) is not { } row)
        {
            return (null, NotInQueue(id));
        }
        if (row.Status != GrabStatus.Failed)
        {
            return (null, new QueueProblem(409, "Not failed", $"{row.Title} is {Item(row).Status}; only a failed grab is tried again."));
        }
        var release = Release(row);
        if ((await blocklist.KeysAsync(ct).ConfigureAwait(false)).Overlaps(BlocklistStore.KeysOf(release)))
        {
            return (null, new QueueProblem(409, "Blocklisted", $"{row.Title} is on the blocklist; let it go there first."));
        }
        try
        {
            if (await HeldAsync(row, ct).ConfigureAwait(false) is { } held)
            {
                await held.Client.ResumeAsync(held.Item.Id, ct).ConfigureAwait(false);
                row.Message = null;
            }
            else
            {
                var answer = await SendAgainAsync(row, release, ct).ConfigureAwait(false);
                if (!answer.Ok)
                {
                    row.Message = answer.Message;
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                    return (null, new QueueProblem(502, "Tried again, and it failed", answer.Message));
                }
                (row.DownloadId, row.Message) = (answer.DownloadId, answer.Message);
            }
        }
        catch (DownloadClientException e)
        {
            return (null, new QueueProblem(502, "The client did not take it", e.Message));
        }
        (row.Status, row.EndedMs) = (GrabStatus.Sent, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        live.TryRemove(id, out _);
        await RecordAsync(row, "retried", $"tried again, in {row.Client}", ct).ConfigureAwait(false);
        return (Item(row), null);
    }

    /// <summary>What the monitor saw of a grab in its client.</summary>
    internal void Saw(int grabId, DownloadItem item) => live[grabId] = new LiveDownload(item, clock.GetUtcNow());

    /// <summary>A client could not be asked: its grabs say so until it answers again.</summary>
    internal void ClientProblem(int clientId, string? problem)
    {
        if (problem is null)
        {
            clientProblems.TryRemove(clientId, out _);
        }
        else
        {
            clientProblems[clientId] = problem;
        }
    }

    /// <summary>
    /// Marks a grab failed, with the reason, in the store and the history. When the release itself is at fault (its
    /// client failed it, it stalled too long) it is also blocklisted and the next best is searched for
    /// (<see cref="RedownloadAsync"/>); a download someone removed is not the release's fault.
    /// </summary>
    internal async Task FailAsync(int grabId, string reason, bool releaseAtFault, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.Grabs.FirstOrDefaultAsync(g => g.Id == grabId && GrabStatus.Waiting.Contains(g.Status), ct).ConfigureAwait(false) is not { } row)
        {
            return;
        }
        logger.LogWarning("The download of {Release} failed: {Reason}", row.Title, reason);
        // blocklisted first, then the failure and its history line in one write: whoever sees it failed sees the rest
        var next = releaseAtFault ? await RedownloadAsync(row, reason, ct).ConfigureAwait(false) : null;
        (row.Status, row.Message, row.EndedMs) = (GrabStatus.Failed, reason, clock.GetUtcNow().ToUnixTimeMilliseconds());
        db.History.Add(HistoryOf(row, "downloadFailed", next is null ? reason : $"{reason} {next}"));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        if (next is not null)
        {
            SearchAgain(row);
        }
    }

    /// <summary>
    /// Sonarr's failed-download handling: a release that failed by its own fault is blocklisted with the reason, so no
    /// search takes it again, and (by <see cref="SearchAgain"/>, once the failure is stored) the next best is searched
    /// for (Acquisition:RedownloadFailed, on by default). Answers what is done, as a sentence for the history; null when
    /// it is turned off.
    /// </summary>
    internal async Task<string?> RedownloadAsync(GrabRow row, string reason, CancellationToken ct)
    {
        if (!options.Value.RedownloadFailed)
        {
            return null;
        }
        await blocklist.AddAsync(Release(row), row.MovieId, row.SeriesId, reason, ct).ConfigureAwait(false);
        return CanSearch(row) ? "It was blocklisted, and Hearth searches for the next best release." : "It was blocklisted.";
    }

    /// <summary>
    /// The search past a failed release, asked once the failure is stored: a search that still saw the grab on its way
    /// would take the film as coming and grab nothing.
    /// </summary>
    internal void SearchAgain(GrabRow row) => Search(row);

    private bool CanSearch(GrabRow row) => services.GetService<AutomaticSearch>() is not null && (row.MovieId is not null || row.SeriesId is not null);

    /// <summary>The grabs the monitor follows: handed to a saved client and not yet done.</summary>
    internal async Task<IReadOnlyList<GrabRow>> FollowedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Grabs.AsNoTracking().Where(g => GrabStatus.Waiting.Contains(g.Status) && g.ClientId != null && g.DownloadId != null).ToListAsync(ct).ConfigureAwait(false);
    }

    internal void Forget(int grabId) => live.TryRemove(grabId, out _);

    private QueueItem Item(GrabRow row) => QueueItem.From(row, live.GetValueOrDefault(row.Id),
        row.ClientId is { } client && row.Status == GrabStatus.Sent ? clientProblems.GetValueOrDefault(client) : null);

    private static IQueryable<GrabRow> InQueue(IQueryable<GrabRow> grabs) =>
        grabs.Where(g => GrabStatus.Waiting.Contains(g.Status) || (g.Status == GrabStatus.Failed && !g.Hidden));

    private static QueueProblem NotInQueue(int id) => new(404, "Not in the queue", $"There is no grab {id} in the queue.");

    private async Task<(IFollowedClient Client, DownloadItem Item)?> HeldAsync(GrabRow row, CancellationToken ct)
    {
        if (row is not { ClientId: { } clientId, DownloadId: { } downloadId } || await clients.FollowAsync(clientId, ct).ConfigureAwait(false) is not { } client)
        {
            return null;
        }
        var items = await client.ItemsAsync(ct).ConfigureAwait(false);
        return items.FirstOrDefault(i => i.Id.Equals(downloadId, StringComparison.OrdinalIgnoreCase)) is { } item ? (client, item) : null;
    }

    private async Task<ClientAnswer> SendAgainAsync(GrabRow row, IndexerRelease release, CancellationToken ct)
    {
        if (services.GetService<IReleaseFetcher>() is not { } fetcher)
        {
            return new ClientAnswer(false, "This process has no indexer hub to fetch the release through.");
        }
        if (release.Link is null && release.MagnetUrl is null)
        {
            return new ClientAnswer(false, "Hearth kept no link for this release (it was grabbed before links were kept): search again and grab it.");
        }
        var (clientId, client) = await clients.ForAsync(release.Protocol, ct).ConfigureAwait(false);
        var file = await fetcher.FetchAsync(release, ct).ConfigureAwait(false);
        var answer = file.IsOk
            ? await client.AddAsync(release, file, ct).ConfigureAwait(false)
            : new ClientAnswer(false, $"The release could not be fetched from {release.IndexerName}: {file.Failure}");
        if (answer.Ok)
        {
            (row.ClientId, row.Client) = (clientId, client.Name);
        }
        return answer;
    }

    private bool Search(GrabRow row)
    {
        if (services.GetService<AutomaticSearch>() is not { } search)
        {
            return false;
        }
        if (row.MovieId is { } movie)
        {
            search.SearchMovie(movie, row.VersionId);
            return true;
        }
        if (row.SeriesId is { } series)
        {
            search.SearchSeries(series);
            return true;
        }
        return false;
    }

    private Task RecordAsync(GrabRow row, string kind, string detail, CancellationToken ct) => history.RecordAsync(HistoryOf(row, kind, detail), ct);

    private HistoryRow HistoryOf(GrabRow row, string kind, string detail) => new()
    {
        AtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        Kind = kind,
        Trigger = "queue",
        MovieId = row.MovieId,
        SeriesId = row.SeriesId,
        Subject = row.Subject ?? row.Title,
        Release = row.Title,
        Found = 1,
        Detail = detail,
    };

    /// <summary>The release a grab was made of, as far as the store keeps it (for the blocklist and a second hand-over).</summary>
    private static IndexerRelease Release(GrabRow row) => new()
    {
        Title = row.Title,
        Guid = row.Guid,
        InfoHash = row.InfoHash,
        Link = row.Link,
        MagnetUrl = row.MagnetUrl,
        Size = row.Size,
        Protocol = row.Protocol == "usenet" ? ReleaseProtocol.Usenet : ReleaseProtocol.Torrent,
        IndexerId = row.IndexerId,
        IndexerName = row.Indexer,
    };
}
