using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Clients.Transmission;

/// <summary>
/// Transmission through its RPC (transmission-daemon 2.80 and later, RPC version 15+): JSON requests to
/// <c>/transmission/rpc</c> with HTTP basic credentials, and the session-id handshake (a 409 carries the
/// <c>X-Transmission-Session-Id</c> to send again). Transmission 3 has no categories: as Sonarr does, Hearth's
/// downloads go in a folder named after the category under the client's download folder, and that folder is how
/// they are told from the others.
/// </summary>
public sealed class TransmissionClient(HttpClient http, ClientSettings settings) : IFollowedClient
{
    private const int MinimumRpc = 15;
    private const string SessionHeader = "X-Transmission-Session-Id";

    private static readonly string[] Fields =
        ["hashString", "name", "status", "percentDone", "totalSize", "leftUntilDone", "rateDownload", "eta", "peersSendingToUs", "downloadDir", "error", "errorString", "isFinished", "files"];

    private string? session;
    private string? downloadDir;

    public string Name => settings.Name;

    public bool Takes(ReleaseProtocol protocol) => protocol == ReleaseProtocol.Torrent;

    public async Task<ClientCheck> CheckAsync(CancellationToken ct)
    {
        var answer = await CallAsync("session-get", null, ct).ConfigureAwait(false);
        var rpc = answer["rpc-version"]?.GetValue<int>() ?? 0;
        var version = answer["version"]?.GetValue<string>() ?? "unknown";
        if (rpc < MinimumRpc)
        {
            throw new DownloadClientException(ClientFailure.WrongVersion, $"Transmission {version} speaks RPC {rpc}; Hearth needs RPC {MinimumRpc} or later (Transmission 2.80 or later).");
        }
        downloadDir = answer["download-dir"]?.GetValue<string>();
        return new ClientCheck($"Transmission {version} (RPC {rpc})");
    }

    public async Task<ClientAnswer> AddAsync(IndexerRelease release, FetchedRelease file, CancellationToken ct)
    {
        var hash = file.Content is { } bytes ? TorrentFiles.InfoHash(bytes) : file.MagnetUrl is { } magnet ? TorrentFiles.InfoHash(magnet) : null;
        if (hash is null)
        {
            return new ClientAnswer(false, "The release is neither a torrent file nor a magnet link with an info hash.");
        }
        try
        {
            var arguments = new JsonObject { ["paused"] = false, ["download-dir"] = await FolderAsync(ct).ConfigureAwait(false) };
            if (file.Content is { } content)
            {
                arguments["metainfo"] = Convert.ToBase64String(content);
            }
            else
            {
                arguments["filename"] = file.MagnetUrl;
            }
            var answer = await CallAsync("torrent-add", arguments, ct).ConfigureAwait(false);
            var added = answer["torrent-added"] ?? answer["torrent-duplicate"];
            var id = added?["hashString"]?.GetValue<string>()?.ToLowerInvariant() ?? hash;
            return new ClientAnswer(true, answer["torrent-duplicate"] is null ? $"Added to {Name} in {arguments["download-dir"]}." : $"{Name} has this torrent already.") { DownloadId = id };
        }
        catch (DownloadClientException e)
        {
            return new ClientAnswer(false, e.Message);
        }
    }

    public async Task<IReadOnlyList<DownloadItem>> ItemsAsync(CancellationToken ct)
    {
        var folder = Normal(await FolderAsync(ct).ConfigureAwait(false));
        var answer = await CallAsync("torrent-get", new JsonObject { ["fields"] = new JsonArray([.. Fields.Select(f => (JsonNode)f)]) }, ct).ConfigureAwait(false);
        var items = new List<DownloadItem>();
        foreach (var t in answer["torrents"]?.AsArray() ?? [])
        {
            if (t is null || Normal(t["downloadDir"]?.GetValue<string>() ?? string.Empty) != folder)
            {
                continue;
            }
            items.Add(Item(t));
        }
        return items;
    }

    public Task RemoveAsync(string id, bool deleteData, CancellationToken ct) =>
        CallAsync("torrent-remove", new JsonObject { ["ids"] = new JsonArray(id), ["delete-local-data"] = deleteData }, ct);

    public Task PauseAsync(string id, CancellationToken ct) => CallAsync("torrent-stop", new JsonObject { ["ids"] = new JsonArray(id) }, ct);

    public Task ResumeAsync(string id, CancellationToken ct) => CallAsync("torrent-start", new JsonObject { ["ids"] = new JsonArray(id) }, ct);

    private static DownloadItem Item(JsonNode t)
    {
        var done = t["percentDone"]?.GetValue<double>() ?? 0;
        var status = t["status"]?.GetValue<int>() ?? 0;
        var error = t["error"]?.GetValue<int>() ?? 0;
        var sending = t["peersSendingToUs"]?.GetValue<int>() ?? 0;
        var speed = t["rateDownload"]?.GetValue<long>() ?? 0;
        // status: 0 stopped, 1 and 2 checking, 3 waiting to download, 4 downloading, 5 waiting to seed, 6 seeding; error 3 is a local error
        var state = error == 3 ? DownloadState.Failed
            : status is 5 or 6 || (done >= 1 && status is 0 or 4) ? DownloadState.Completed
            : status == 0 ? DownloadState.Paused
            : status == 4 ? (sending == 0 && speed == 0 ? DownloadState.Stalled : DownloadState.Downloading)
            : DownloadState.Queued;
        var eta = t["eta"]?.GetValue<long>() ?? -1;
        var dir = t["downloadDir"]?.GetValue<string>();
        var name = t["name"]?.GetValue<string>() ?? string.Empty;
        return new DownloadItem(
            t["hashString"]?.GetValue<string>()?.ToLowerInvariant() ?? string.Empty,
            name,
            state,
            done,
            t["totalSize"]?.GetValue<long>() ?? 0,
            t["leftUntilDone"]?.GetValue<long>() ?? 0,
            speed,
            eta > 0 ? TimeSpan.FromSeconds(eta) : null,
            sending,
            dir,
            dir is null ? null : Path.Combine(dir, name),
            error != 0 ? t["errorString"]?.GetValue<string>() : null);
    }

    /// <summary>Where Hearth's downloads go: the settings' folder, else the category's folder under the client's own.</summary>
    private async Task<string> FolderAsync(CancellationToken ct)
    {
        if (settings.SavePath is { } path)
        {
            return path;
        }
        if (downloadDir is null)
        {
            await CheckAsync(ct).ConfigureAwait(false);
        }
        return downloadDir is null ? settings.Category : $"{downloadDir.TrimEnd('/')}/{settings.Category}";
    }

    private static string Normal(string path) => path.TrimEnd('/');

    /// <summary>One RPC call: its arguments answered, or the failure in words; the session id is learnt from a 409 and kept.</summary>
    private async Task<JsonObject> CallAsync(string method, JsonObject? arguments, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var body = new JsonObject { ["method"] = method };
            if (arguments is not null)
            {
                body["arguments"] = arguments.DeepClone();
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
            if (settings.Username is { Length: > 0 } user)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}")));
            }
            if (session is not null)
            {
                request.Headers.Add(SessionHeader, session);
            }
            HttpResponseMessage answer;
            try
            {
                answer = await http.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                throw new DownloadClientException(ClientFailure.Unreachable, $"{Name} cannot be reached at {settings.Url}: {e.Message}", e);
            }
            using (answer)
            {
                if (answer.StatusCode == HttpStatusCode.Conflict && answer.Headers.TryGetValues(SessionHeader, out var ids))
                {
                    session = ids.First();
                    continue;
                }
                if (answer.StatusCode == HttpStatusCode.Unauthorized)
                {
                    throw new DownloadClientException(ClientFailure.Unauthorized, $"{Name} refused the username or password.");
                }
                if (answer.StatusCode == HttpStatusCode.Forbidden)
                {
                    throw new DownloadClientException(ClientFailure.Unauthorized, $"{Name} does not let this address in (its rpc-whitelist).");
                }
                // Transmission sends every other path to its web page (301), and answers 404 to none
                if (answer.StatusCode == HttpStatusCode.NotFound || ((int)answer.StatusCode is >= 300 and < 400))
                {
                    throw new DownloadClientException(ClientFailure.WrongVersion, $"{settings.Url} has no Transmission RPC at {Endpoint.AbsolutePath}.");
                }
                JsonObject? reply = null;
                try
                {
                    reply = answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<JsonObject>(ct).ConfigureAwait(false) : null;
                }
                catch (JsonException)
                {
                }
                if (reply?["result"]?.GetValue<string>() is not { } result)
                {
                    throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} answered {(int)answer.StatusCode} with something that is not Transmission's RPC.");
                }
                if (result != "success")
                {
                    throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} did not {method}: {result}.");
                }
                return reply["arguments"] as JsonObject ?? [];
            }
        }
        throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} kept asking for a new session id.");
    }

    private Uri Endpoint => settings.Url.AbsolutePath.TrimEnd('/').EndsWith("/rpc", StringComparison.Ordinal)
        ? settings.Url
        : new Uri(settings.Url, settings.Url.AbsolutePath.TrimEnd('/') + "/transmission/rpc");
}
