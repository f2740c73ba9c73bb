using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Clients.QBittorrent;

/// <summary>
/// qBittorrent through its WebUI API v2 (qBittorrent 4.1 and later): a cookie session from <c>auth/login</c>, signed
/// in again when it lapses; torrents added into Hearth's category (made when missing), followed, paused, resumed and
/// removed by info hash. Every failure is one of <see cref="ClientFailure"/> with a sentence for a person.
/// </summary>
public sealed class QBittorrentClient(HttpClient http, ClientSettings settings) : IFollowedClient
{
    /// <summary>The oldest Web API that has everything used here (qBittorrent 4.1).</summary>
    private static readonly Version MinimumApi = new(2, 0);

    private readonly SemaphoreSlim signing = new(1, 1);
    private string? cookie;

    public string Name => settings.Name;

    public bool Takes(ReleaseProtocol protocol) => protocol == ReleaseProtocol.Torrent;

    public async Task<ClientCheck> CheckAsync(CancellationToken ct)
    {
        var api = (await GetStringAsync("api/v2/app/webapiVersion", ct).ConfigureAwait(false)).Trim();
        if (!Version.TryParse(api, out var version) || version < MinimumApi)
        {
            throw new DownloadClientException(ClientFailure.WrongVersion, $"qBittorrent's Web API is {api}; Hearth needs {MinimumApi} or later (qBittorrent 4.1 or later).");
        }
        var app = (await GetStringAsync("api/v2/app/version", ct).ConfigureAwait(false)).Trim();
        var categories = await GetJsonAsync("api/v2/torrents/categories", QBittorrentJson.Default.DictionaryStringQBittorrentCategory, ct).ConfigureAwait(false);
        if (!categories.ContainsKey(settings.Category))
        {
            var form = new Dictionary<string, string> { ["category"] = settings.Category, ["savePath"] = settings.SavePath ?? string.Empty };
            using var made = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "api/v2/torrents/createCategory") { Content = new FormUrlEncodedContent(form) }, ct).ConfigureAwait(false);
            if (!made.IsSuccessStatusCode)
            {
                throw new DownloadClientException(ClientFailure.MissingCategory, $"qBittorrent has no category '{settings.Category}' and did not make it ({(int)made.StatusCode}): make it in qBittorrent, or name one it has.");
            }
        }
        return new ClientCheck($"qBittorrent {app} (Web API {api})");
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
            using var answer = await SendAsync(() =>
            {
                var form = new MultipartFormDataContent();
                if (file.Content is { } content)
                {
                    form.Add(new ByteArrayContent(content), "torrents", "release.torrent");
                }
                else
                {
                    form.Add(new StringContent(file.MagnetUrl!), "urls");
                }
                form.Add(new StringContent(settings.Category), "category");
                if (settings.SavePath is { } path)
                {
                    form.Add(new StringContent(path), "savepath");
                }
                form.Add(new StringContent("false"), "paused");
                return new HttpRequestMessage(HttpMethod.Post, "api/v2/torrents/add") { Content = form };
            }, ct).ConfigureAwait(false);
            var text = (await answer.Content.ReadAsStringAsync(ct).ConfigureAwait(false)).Trim();
            if (answer.IsSuccessStatusCode && !text.Equals("Fails.", StringComparison.Ordinal))
            {
                return new ClientAnswer(true, $"Added to {Name} in '{settings.Category}'.") { DownloadId = hash };
            }
            // qBittorrent refuses a torrent it holds already: that one is the download
            if ((await ItemsAsync(ct).ConfigureAwait(false)).Any(i => i.Id == hash))
            {
                return new ClientAnswer(true, $"{Name} has this torrent already.") { DownloadId = hash };
            }
            return new ClientAnswer(false, $"{Name} refused the torrent ({(int)answer.StatusCode} {text}).");
        }
        catch (DownloadClientException e)
        {
            return new ClientAnswer(false, e.Message);
        }
    }

    public async Task<IReadOnlyList<DownloadItem>> ItemsAsync(CancellationToken ct)
    {
        var torrents = await GetJsonAsync($"api/v2/torrents/info?category={Uri.EscapeDataString(settings.Category)}", QBittorrentJson.Default.ListQBittorrentTorrent, ct).ConfigureAwait(false);
        return [.. torrents.Select(Item)];
    }

    public Task RemoveAsync(string id, bool deleteData, CancellationToken ct) =>
        PostAsync("api/v2/torrents/delete", new() { ["hashes"] = id, ["deleteFiles"] = deleteData ? "true" : "false" }, ct);

    // qBittorrent 5 renamed pause and resume to stop and start
    public async Task PauseAsync(string id, CancellationToken ct)
    {
        if (!await TryPostAsync("api/v2/torrents/pause", new() { ["hashes"] = id }, ct).ConfigureAwait(false))
        {
            await PostAsync("api/v2/torrents/stop", new() { ["hashes"] = id }, ct).ConfigureAwait(false);
        }
    }

    public async Task ResumeAsync(string id, CancellationToken ct)
    {
        if (!await TryPostAsync("api/v2/torrents/resume", new() { ["hashes"] = id }, ct).ConfigureAwait(false))
        {
            await PostAsync("api/v2/torrents/start", new() { ["hashes"] = id }, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Asks the trackers for peers now rather than at the next interval (qBittorrent's "force reannounce").</summary>
    public Task ReannounceAsync(string id, CancellationToken ct) =>
        PostAsync("api/v2/torrents/reannounce", new() { ["hashes"] = id }, ct);

    /// <summary>The port qBittorrent takes peers on (its <c>listen_port</c> preference).</summary>
    public async Task<int> ListenPortAsync(CancellationToken ct)
    {
        var preferences = await GetJsonAsync("api/v2/app/preferences", QBittorrentJson.Default.DictionaryStringJsonElement, ct).ConfigureAwait(false);
        return preferences.TryGetValue("listen_port", out var port) && port.TryGetInt32(out var value)
            ? value
            : throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name}'s preferences have no listen_port.");
    }

    /// <summary>Moves the port qBittorrent takes peers on (the VPN's forwarded port follows here); it rebinds at once.</summary>
    public Task SetListenPortAsync(int port, CancellationToken ct) =>
        PostAsync("api/v2/app/setPreferences", new Dictionary<string, string>
        {
            ["json"] = JsonSerializer.Serialize(new Dictionary<string, int> { ["listen_port"] = port }, QBittorrentJson.Default.DictionaryStringInt32),
        }, ct);

    private static DownloadItem Item(QBittorrentTorrent t)
    {
        var state = t.State switch
        {
            "error" or "missingFiles" => DownloadState.Failed,
            "uploading" or "stalledUP" or "queuedUP" or "forcedUP" or "checkingUP" or "pausedUP" or "stoppedUP" => DownloadState.Completed,
            "pausedDL" or "stoppedDL" => DownloadState.Paused,
            "stalledDL" => DownloadState.Stalled,
            "downloading" or "forcedDL" => DownloadState.Downloading,
            _ => DownloadState.Queued,
        };
        // 8640000 s (100 days) is qBittorrent's "no estimate"
        TimeSpan? eta = t.Eta is > 0 and < 8_640_000 ? TimeSpan.FromSeconds(t.Eta) : null;
        return new DownloadItem(t.Hash, t.Name, state, t.Progress, t.Size, t.AmountLeft, t.DownloadSpeed, eta, t.Seeds, t.SavePath, t.ContentPath,
            state == DownloadState.Failed ? $"qBittorrent reports the torrent as {t.State}." : null);
    }

    private async Task<string> GetStringAsync(string path, CancellationToken ct)
    {
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), ct).ConfigureAwait(false);
        Ensure(answer);
        return await answer.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
    }

    private async Task<T> GetJsonAsync<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken ct)
    {
        var text = await GetStringAsync(path, ct).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(text, type) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} answered {path} with something that is not what qBittorrent sends.", e);
        }
    }

    private async Task PostAsync(string path, Dictionary<string, string> form, CancellationToken ct)
    {
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) }, ct).ConfigureAwait(false);
        Ensure(answer);
    }

    private async Task<bool> TryPostAsync(string path, Dictionary<string, string> form, CancellationToken ct)
    {
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) }, ct).ConfigureAwait(false);
        if (answer.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        Ensure(answer);
        return true;
    }

    private void Ensure(HttpResponseMessage answer)
    {
        if (!answer.IsSuccessStatusCode)
        {
            throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} answered {(int)answer.StatusCode} to {answer.RequestMessage?.RequestUri?.AbsolutePath}.");
        }
    }

    /// <summary>Sends with the session cookie, signing in first when there is none and once again when it has lapsed (403).</summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> make, CancellationToken ct)
    {
        if (cookie is null)
        {
            await SignInAsync(null, ct).ConfigureAwait(false);
        }
        var used = cookie;
        var answer = await RawAsync(make(), ct).ConfigureAwait(false);
        if (answer.StatusCode != HttpStatusCode.Forbidden)
        {
            return answer;
        }
        answer.Dispose();
        await SignInAsync(used, ct).ConfigureAwait(false);
        answer = await RawAsync(make(), ct).ConfigureAwait(false);
        if (answer.StatusCode == HttpStatusCode.Forbidden)
        {
            answer.Dispose();
            throw new DownloadClientException(ClientFailure.Unauthorized, $"{Name} refused Hearth although it signed in.");
        }
        return answer;
    }

    private async Task SignInAsync(string? lapsed, CancellationToken ct)
    {
        await signing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            // another request signed in again while this one waited
            if (cookie is not null && cookie != lapsed)
            {
                return;
            }
            var form = new Dictionary<string, string> { ["username"] = settings.Username ?? string.Empty, ["password"] = settings.Password ?? string.Empty };
            using var answer = await RawAsync(new HttpRequestMessage(HttpMethod.Post, "api/v2/auth/login") { Content = new FormUrlEncodedContent(form) }, ct).ConfigureAwait(false);
            var text = (await answer.Content.ReadAsStringAsync(ct).ConfigureAwait(false)).Trim();
            if (answer.StatusCode == HttpStatusCode.Forbidden)
            {
                throw new DownloadClientException(ClientFailure.Unauthorized, $"{Name} has banned this address after too many failed sign-ins; it lifts the ban after a while (qBittorrent's WebUI ban duration).");
            }
            if (answer.StatusCode == HttpStatusCode.NotFound)
            {
                throw new DownloadClientException(ClientFailure.WrongVersion, $"{settings.Url} has no qBittorrent Web API v2 (qBittorrent 4.1 or later).");
            }
            if (!answer.IsSuccessStatusCode || !text.Equals("Ok.", StringComparison.Ordinal))
            {
                throw new DownloadClientException(ClientFailure.Unauthorized, $"{Name} refused the username or password.");
            }
            // with authentication bypassed for this address qBittorrent signs in without a cookie: none is needed then
            cookie = answer.Headers.TryGetValues("Set-Cookie", out var values)
                ? values.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith("SID=", StringComparison.Ordinal)) ?? string.Empty
                : string.Empty;
        }
        finally
        {
            signing.Release();
        }
    }

    private async Task<HttpResponseMessage> RawAsync(HttpRequestMessage request, CancellationToken ct)
    {
        request.RequestUri = new Uri(Base, request.RequestUri!.OriginalString);
        if (!string.IsNullOrEmpty(cookie))
        {
            request.Headers.Add("Cookie", cookie);
        }
        try
        {
            return await http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new DownloadClientException(ClientFailure.Unreachable, $"{Name} cannot be reached at {settings.Url}: {e.Message}", e);
        }
        finally
        {
            request.Dispose();
        }
    }

    private Uri Base => settings.Url.AbsoluteUri.EndsWith('/') ? settings.Url : new Uri(settings.Url.AbsoluteUri + "/");
}

/// <summary>A category as <c>torrents/categories</c> lists it.</summary>
public sealed record QBittorrentCategory([property: JsonPropertyName("name")] string? Name, [property: JsonPropertyName("savePath")] string? SavePath);

/// <summary>A torrent as <c>torrents/info</c> lists it (the fields used).</summary>
public sealed record QBittorrentTorrent(
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("progress")] double Progress,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("amount_left")] long AmountLeft,
    [property: JsonPropertyName("dlspeed")] long DownloadSpeed,
    [property: JsonPropertyName("eta")] long Eta,
    [property: JsonPropertyName("num_seeds")] int Seeds,
    [property: JsonPropertyName("save_path")] string? SavePath,
    [property: JsonPropertyName("content_path")] string? ContentPath);

[JsonSerializable(typeof(Dictionary<string, QBittorrentCategory>))]
[JsonSerializable(typeof(List<QBittorrentTorrent>))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
internal sealed partial class QBittorrentJson : JsonSerializerContext;
