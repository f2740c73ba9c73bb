using Hearth.Acquisition.Catalog;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Decisions;
using Hearth.Acquisition.Searches;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Acquisition.Grabs;

/// <summary>How a grab ended: the grab recorded, or why not (an HTTP status and a sentence).</summary>
public sealed record GrabOutcome(GrabRow? Grab, int Status, string? Problem);

/// <summary>
/// Hands a decided release to a download client: refuses a rejected one unless a person overrides, never grabs the
/// same release twice, fetches the file through the hub (its limits and history apply), and records the grab.
/// </summary>
public sealed class Grabber(
    IDbContextFactory<AcquisitionDb> factory,
    IServiceProvider services,
    DownloadClients clients,
    ReleaseSearcher searcher,
    TimeProvider clock,
    ILogger<Grabber> logger)
{
    // one grab at a time: the check that a release was not grabbed already and the grab's record are one step, so an
    // automatic search and a person grabbing the same release at once hand it over once
    private readonly SemaphoreSlim one = new(1, 1);

    public async Task<GrabOutcome> GrabAsync(Decision decision, SearchContext context, string trigger, bool overrideRejections, CancellationToken ct)
    {
        var release = decision.Release;
        if (!decision.Accepted && !overrideRejections)
        {
            return new GrabOutcome(null, 409, "The release was rejected: " + string.Join(" ", decision.Rejections.Select(r => r.Text))
                + " Grab it with \"override\": true to take it anyway.");
        }
        await one.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await HandOverAsync(decision, context, trigger, ct).ConfigureAwait(false);
        }
        finally
        {
            one.Release();
        }
    }

    private async Task<GrabOutcome> HandOverAsync(Decision decision, SearchContext context, string trigger, CancellationToken ct)
    {
        var release = decision.Release;
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var guid = release.Guid ?? release.Title;
        var hash = release.InfoHash?.ToLowerInvariant();
        if (await db.Grabs.AsNoTracking().AnyAsync(g => GrabStatus.Holding.Contains(g.Status)
                && ((g.IndexerId == release.IndexerId && g.Guid == guid) || (hash != null && g.InfoHash == hash)), ct).ConfigureAwait(false))
        {
            return new GrabOutcome(null, 409, "This release was grabbed already.");
        }
        if (services.GetService<IReleaseFetcher>() is not { } fetcher)
        {
            return new GrabOutcome(null, 503, "This process has no indexer hub to fetch the release through.");
        }
        var (clientId, client) = await clients.ForAsync(release.Protocol, ct).ConfigureAwait(false);

        var file = await fetcher.FetchAsync(release, ct).ConfigureAwait(false);
        var answer = file.IsOk
            ? await client.AddAsync(release, file, ct).ConfigureAwait(false)
            : new ClientAnswer(false, $"The release could not be fetched from {release.IndexerName}: {file.Failure}");
        var episodes = context.Target.Kind == TargetKind.Episodes ? context.Target.EpisodesOf(decision.Parsed) ?? [] : [];
        var grab = new GrabRow
        {
            AtMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            MovieId = context.MovieId,
            VersionId = context.VersionId,
            SeriesId = context.SeriesId,
            Season = context.Target.Season,
            Episodes = CatalogViews.Json(episodes),
            IndexerId = release.IndexerId,
            Indexer = release.IndexerName,
            Guid = guid,
            InfoHash = hash,
            Title = release.Title,
            Quality = decision.Quality.Quality.Name,
            RevisionVersion = decision.Quality.Revision.Version,
            RevisionReal = decision.Quality.Revision.Real,
            FormatScore = decision.FormatScore,
            Protocol = release.Protocol == ReleaseProtocol.Usenet ? "usenet" : "torrent",
            Size = release.Size,
            Client = client.Name,
            ClientId = clientId,
            DownloadId = answer.DownloadId,
            Status = answer.Ok ? GrabStatus.Sent : GrabStatus.Failed,
            Message = answer.Message,
            Trigger = trigger,
            Override = !decision.Accepted,
            Subject = context.Subject,
            Link = release.Link,
            MagnetUrl = release.MagnetUrl,
            EndedMs = answer.Ok ? null : clock.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        db.Grabs.Add(grab);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await searcher.RecordAsync(new HistoryRow
        {
            AtMs = grab.AtMs,
            Kind = answer.Ok ? "grab" : "grabFailed",
            Trigger = trigger,
            MovieId = context.MovieId,
            SeriesId = context.SeriesId,
            Subject = context.Subject,
            Release = release.Title,
            Found = 1,
            Accepted = decision.Accepted ? 1 : 0,
            Detail = answer.Ok
                ? $"{QualityText.Of(decision.Quality)}, score {decision.FormatScore}, from {release.IndexerName}, to the {client.Name}{(decision.Accepted ? "" : " (over its rejections: " + string.Join(", ", decision.Rejections.Select(r => r.Code)) + ")")}"
                : answer.Message,
        }, ct).ConfigureAwait(false);
        if (!answer.Ok)
        {
            logger.LogWarning("Grab of {Release} failed: {Reason}", release.Title, answer.Message);
            return new GrabOutcome(grab, 502, answer.Message);
        }
        logger.LogInformation("Grabbed {Release} for {Subject} ({Trigger})", release.Title, context.Subject, trigger);
        return new GrabOutcome(grab, 201, null);
    }
}
