using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hearth.Core.Indexers;

namespace Hearth.Acquisition.Clients.Nzbget;

/// <summary>
/// NZBGet through its JSON-RPC (<c>/jsonrpc</c>, NZBGet 16 and later) with HTTP basic credentials: NZBs appended into
/// Hearth's category (which must exist in NZBGet's settings: NZBGet makes none over the API), followed in the queue
/// and then in the history, paused, resumed and removed by NZBGet's id.
/// </summary>
public sealed class NzbgetClient(HttpClient http, ClientSettings settings) : IFollowedClient
{
    private const int MinimumMajor = 16;

    // NZBGet's JSON reader takes no \u escapes, and the default writer escapes the '+' of base64 as \u002B
    private static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => settings.Name;

    public bool Takes(ReleaseProtocol protocol) => protocol == ReleaseProtocol.Usenet;

    public async Task<ClientCheck> CheckAsync(CancellationToken ct)
    {
        var version = (await CallAsync("version", [], ct).ConfigureAwait(false))?.GetValue<string>() ?? "unknown";
        if (!int.TryParse(version.Split('.', '-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) || major < MinimumMajor)
        {
            throw new DownloadClientException(ClientFailure.WrongVersion, $"NZBGet {version} is too old; Hearth needs NZBGet {MinimumMajor} or later.");
        }
        var config = (await CallAsync("config", [], ct).ConfigureAwait(false))?.AsArray() ?? [];
        var categories = config
            .Where(c => c?["Name"]?.GetValue<string>() is { } name && name.StartsWith("Category", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".Name", StringComparison.OrdinalIgnoreCase))
            .Select(c => c!["Value"]?.GetValue<string>())
            .ToList();
        if (!categories.Contains(settings.Category, StringComparer.OrdinalIgnoreCase))
        {
            throw new DownloadClientException(ClientFailure.MissingCategory, $"NZBGet has no category '{settings.Category}': add it in NZBGet's settings (Categories), or name one it has.");
        }
        return new ClientCheck($"NZBGet {version}");
    }

    public async Task<ClientAnswer> AddAsync(IndexerRelease release, FetchedRelease file, CancellationToken ct)
    {
        if (file.Content is not { Length: > 0 } nzb)
        {
            return new ClientAnswer(false, "The release has no NZB to hand over.");
        }
        try
        {
            var name = Clients.Blackhole.BlackholeClient.SafeName(release.Title) + ".nzb";
            // append(NZBFilename, Content, Category, Priority, AddToTop, AddPaused, DupeKey, DupeScore, DupeMode, PPParameters)
            var id = (await CallAsync("append", [name, Convert.ToBase64String(nzb), settings.Category, 0, false, false, "", 0, "SCORE", new JsonArray()], ct).ConfigureAwait(false))?.GetValue<int>() ?? 0;
            return id > 0
                ? new ClientAnswer(true, $"Added to {Name} in '{settings.Category}'.") { DownloadId = id.ToString(CultureInfo.InvariantCulture) }
                : new ClientAnswer(false, $"{Name} refused the NZB (it may not be one).");
        }
        catch (DownloadClientException e)
        {
            return new ClientAnswer(false, e.Message);
        }
    }

    public async Task<IReadOnlyList<DownloadItem>> ItemsAsync(CancellationToken ct)
    {
        var items = new List<DownloadItem>();
        foreach (var group in (await CallAsync("listgroups", [0], ct).ConfigureAwait(false))?.AsArray() ?? [])
        {
            if (group is not null && Mine(group))
            {
                items.Add(Queued(group));
            }
        }
        foreach (var entry in (await CallAsync("history", [false], ct).ConfigureAwait(false))?.AsArray() ?? [])
        {
            if (entry is not null && Mine(entry) && entry["Kind"]?.GetValue<string>() is null or "NZB")
            {
                items.Add(Finished(entry));
            }
        }
        return items;
    }

    public async Task RemoveAsync(string id, bool deleteData, CancellationToken ct)
    {
        if (!await EditAsync(deleteData ? "GroupFinalDelete" : "GroupDelete", id, ct).ConfigureAwait(false))
        {
            await EditAsync(deleteData ? "HistoryFinalDelete" : "HistoryDelete", id, ct).ConfigureAwait(false);
        }
    }

    public Task PauseAsync(string id, CancellationToken ct) => EditAsync("GroupPause", id, ct);

    public Task ResumeAsync(string id, CancellationToken ct) => EditAsync("GroupResume", id, ct);

    private bool Mine(JsonNode node) => string.Equals(node["Category"]?.GetValue<string>(), settings.Category, StringComparison.OrdinalIgnoreCase);

    private static long Size(JsonNode node, string name) =>
        (node[$"{name}Lo"]?.GetValue<long>() ?? 0) + ((node[$"{name}Hi"]?.GetValue<long>() ?? 0) << 32);

    private static DownloadItem Queued(JsonNode g)
    {
        var size = Size(g, "FileSize");
        var remaining = Size(g, "RemainingSize");
        var state = g["Status"]?.GetValue<string>() switch
        {
            "QUEUED" => DownloadState.Queued,
            "PAUSED" => DownloadState.Paused,
            _ => DownloadState.Downloading,
        };
        return new DownloadItem(Id(g), g["NZBName"]?.GetValue<string>() ?? string.Empty, state, size > 0 ? 1 - ((double)remaining / size) : 0, size, remaining,
            null, null, null, g["DestDir"]?.GetValue<string>(), g["DestDir"]?.GetValue<string>(), null);
    }

    private static DownloadItem Finished(JsonNode h)
    {
        var status = h["Status"]?.GetValue<string>() ?? string.Empty;
        var size = Size(h, "FileSize");
        var failed = status.StartsWith("FAILURE", StringComparison.Ordinal) || status.StartsWith("DELETED", StringComparison.Ordinal);
        var folder = h["FinalDir"]?.GetValue<string>() is { Length: > 0 } final ? final : h["DestDir"]?.GetValue<string>();
        return new DownloadItem(Id(h), h["Name"]?.GetValue<string>() ?? string.Empty, failed ? DownloadState.Failed : DownloadState.Completed, failed ? 0 : 1, size, 0,
            null, null, null, folder, folder, failed || status.StartsWith("WARNING", StringComparison.Ordinal) ? $"NZBGet ended it as {status}." : null);
    }

    private static string Id(JsonNode node) => (node["NZBID"]?.GetValue<int>() ?? 0).ToString(CultureInfo.InvariantCulture);

    private async Task<bool> EditAsync(string command, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        return (await CallAsync("editqueue", [command, "", new JsonArray(number)], ct).ConfigureAwait(false))?.GetValue<bool>() ?? false;
    }

    /// <summary>One call: its result, or the failure in words.</summary>
    private async Task<JsonNode?> CallAsync(string method, JsonArray parameters, CancellationToken ct)
    {
        var body = new JsonObject { ["method"] = method, ["params"] = parameters };
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(body.ToJsonString(Plain), Encoding.UTF8, "application/json") };
        if (settings.Username is { Length: > 0 } user)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.Password}")));
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
            if (answer.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new DownloadClientException(ClientFailure.Unauthorized, $"{Name} refused the username or password.");
            }
            if (answer.StatusCode == HttpStatusCode.NotFound || ((int)answer.StatusCode is >= 300 and < 400))
            {
                throw new DownloadClientException(ClientFailure.WrongVersion, $"{settings.Url} has no NZBGet JSON-RPC at {Endpoint.AbsolutePath}.");
            }
            JsonObject? reply = null;
            try
            {
                reply = answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<JsonObject>(ct).ConfigureAwait(false) : null;
            }
            catch (JsonException)
            {
            }
            if (reply is null)
            {
                throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} answered {(int)answer.StatusCode} with something that is not NZBGet's JSON-RPC.");
            }
            if (reply["error"] is { } error)
            {
                throw new DownloadClientException(ClientFailure.BadAnswer, $"{Name} could not {method}: {error["message"]?.GetValue<string>() ?? error.ToJsonString()}.");
            }
            return reply["result"];
        }
    }

    private Uri Endpoint => settings.Url.AbsolutePath.TrimEnd('/').EndsWith("/jsonrpc", StringComparison.Ordinal)
        ? settings.Url
        : new Uri(settings.Url, settings.Url.AbsolutePath.TrimEnd('/') + "/jsonrpc");
}
