using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Grabs;
using Hearth.Acquisition.Store;

namespace Hearth.Acquisition.Queue;

/// <summary>
/// A grab in the queue (<c>GET /api/v1/queue</c>): what it is for, where it is, and how far. <c>status</c> is one of
/// queued, downloading, stalled, paused, completed (in the client, waiting to be imported), importing, failed (with
/// <c>message</c> saying why), or sent (in a blackhole folder, which Hearth cannot follow). Sizes in bytes, speed in
/// bytes a second; <c>progress</c> 0 to 1; <c>etaSeconds</c> as the client estimates it.
/// </summary>
public sealed record QueueItem(
    int Id,
    DateTimeOffset At,
    string Title,
    string Subject,
    int? MovieId,
    int? VersionId,
    int? SeriesId,
    int? Season,
    IReadOnlyList<int> Episodes,
    string Quality,
    int CustomFormatScore,
    string Indexer,
    string Protocol,
    string Client,
    int? ClientId,
    string? DownloadId,
    string Status,
    double? Progress,
    long? Size,
    long? Remaining,
    long? Speed,
    int? EtaSeconds,
    DateTimeOffset? EstimatedCompletion,
    int? Seeds,
    string? Message,
    string Trigger,
    bool Override,
    DateTimeOffset? CheckedAt)
{
    internal static QueueItem From(GrabRow g, LiveDownload? live, string? clientProblem)
    {
        var item = live?.Item;
        var status = g.Status switch
        {
            GrabStatus.Sent when g.ClientId is null => "sent",
            GrabStatus.Sent => item is null ? "queued" : Word(item.State),
            var stored => stored,
        };
        var eta = item?.Eta is { } left && status == "downloading" ? (int?)Math.Ceiling(left.TotalSeconds) : null;
        var message = g.Status == GrabStatus.Failed ? g.Message : clientProblem ?? item?.Message ?? (g.ClientId is null ? g.Message : null);
        return new QueueItem(
            g.Id, DateTimeOffset.FromUnixTimeMilliseconds(g.AtMs), g.Title, g.Subject ?? g.Title, g.MovieId, g.VersionId, g.SeriesId, g.Season,
            Catalog.CatalogViews.Ints(g.Episodes), g.Quality, g.FormatScore, g.Indexer, g.Protocol, g.Client, g.ClientId, g.DownloadId,
            status, item?.Progress, item?.Size is > 0 ? item.Size : g.Size, item?.Remaining, item?.Speed, eta,
            eta is { } seconds ? live!.At.AddSeconds(seconds) : null, item?.Seeds, message, g.Trigger, g.Override, live?.At);
    }

    private static string Word(DownloadState state) => state switch
    {
        DownloadState.Downloading => "downloading",
        DownloadState.Stalled => "stalled",
        DownloadState.Paused => "paused",
        DownloadState.Completed => "completed",
        DownloadState.Failed => "failed",
        _ => "queued",
    };
}

/// <summary>A download as its client last reported it, and when.</summary>
public sealed record LiveDownload(DownloadItem Item, DateTimeOffset At);

/// <summary>What removing a grab from the queue did.</summary>
public sealed record QueueRemoval(bool RemovedFromClient, bool DataDeleted, bool Blocklisted, bool Searching);
