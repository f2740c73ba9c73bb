using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Hearth.Acquisition.Clients.Blackhole;
using Hearth.Acquisition.Store;
using Hearth.Core.Indexers;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Acquisition.Clients;

/// <summary>What adding or changing a download client takes; on a change, what is left out stays (the password too).</summary>
public sealed record DownloadClientInput(string? Name, string? Kind, string? Url, string? Username, string? Password, string? Category, string? SavePath, int? Priority, bool? Enabled);

/// <summary>How a client was when last asked: ok, failing (with the failure's kind and sentence), disabled, or unknown (not asked yet).</summary>
public sealed record ClientHealth(string State, string? Failure, string? Message, string? Version, DateTimeOffset? CheckedAt);

/// <summary>A download client as the API shows it: never its password.</summary>
/// <remarks><c>managed</c>: Hearth runs this client itself (its address and credentials are Hearth's; it cannot be removed, only turned off).</remarks>
public sealed record DownloadClientView(int Id, string Name, string Kind, string Protocol, string Url, string? Username, bool HasPassword, string Category, string? SavePath, int Priority, bool Enabled, ClientHealth Health, bool Managed);

/// <summary>Why a client was not saved: a field that cannot be used (400), a name taken (409), or what the client said when checked (400, with its kind).</summary>
public sealed record ClientProblem(int Status, string Title, string Detail, ClientFailure? Failure = null);

/// <summary>
/// The download clients of the household: kept in the store, checked against the real client before they are
/// saved (so one that cannot be reached, refuses the credentials, is too old or lacks its category is never saved
/// silently), and handed releases by protocol and priority. With none for a protocol, grabs go to the blackhole.
/// </summary>
public sealed partial class DownloadClients(IDbContextFactory<AcquisitionDb> factory, IHttpClientFactory http, BlackholeClient blackhole, TimeProvider clock)
{
    public const string HttpClientName = "downloadclients";

    private readonly ConcurrentDictionary<int, (DownloadClientRow Row, IFollowedClient Client)> made = new();
    private readonly ConcurrentDictionary<int, ClientHealth> health = new();

    public async Task<IReadOnlyList<DownloadClientView>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.DownloadClients.AsNoTracking().OrderBy(c => c.Priority).ThenBy(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(View)];
    }

    public async Task<DownloadClientView?> GetAsync(int id, CancellationToken ct) =>
        await RowAsync(id, ct).ConfigureAwait(false) is { } row ? View(row) : null;

    /// <summary>Checks a client as it would be saved, without saving it.</summary>
    public async Task<(ClientCheck? Check, ClientProblem? Problem)> TestAsync(int? id, DownloadClientInput input, CancellationToken ct)
    {
        var existing = id is { } known ? await RowAsync(known, ct).ConfigureAwait(false) : null;
        if (id is not null && existing is null)
        {
            return (null, new ClientProblem(404, "No such client", $"There is no download client {id}."));
        }
        if (Merge(existing, input) is not { } row)
        {
            return (null, Invalid(input));
        }
        return await CheckAsync(row, ct).ConfigureAwait(false);
    }

    /// <summary>Adds (<paramref name="id"/> null) or changes a client once the client itself has answered as it should.</summary>
    public async Task<(DownloadClientView? Client, ClientProblem? Problem)> SaveAsync(int? id, DownloadClientInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var existing = id is { } known ? await db.DownloadClients.FirstOrDefaultAsync(c => c.Id == known, ct).ConfigureAwait(false) : null;
        if (id is not null && existing is null)
        {
            return (null, new ClientProblem(404, "No such client", $"There is no download client {id}."));
        }
        if (existing is { Managed: true } && Reaches(input, existing))
        {
            return (null, new ClientProblem(409, "Hearth runs this client", "Hearth sets the address and credentials of the qBittorrent it runs; change its name, category, priority or whether it is used."));
        }
        if (Merge(existing, input) is not { } row)
        {
            return (null, Invalid(input));
        }
        if (await db.DownloadClients.AnyAsync(c => c.Name == row.Name && c.Id != row.Id, ct).ConfigureAwait(false))
        {
            return (null, new ClientProblem(409, "The name is taken", $"Another download client is called {row.Name}."));
        }
        ClientCheck? check = null;
        if (row.Enabled)
        {
            (check, var problem) = await CheckAsync(row, ct).ConfigureAwait(false);
            if (problem is not null)
            {
                return (null, problem);
            }
        }
        if (existing is null)
        {
            row.AddedMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
            db.DownloadClients.Add(row);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(row);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        made.TryRemove(row.Id, out _);
        if (check is not null)
        {
            Report(row.Id, null, check.Version);
        }
        else
        {
            health.TryRemove(row.Id, out _);
        }
        return (View(row), null);
    }

    /// <summary>Removes a client; null when done, else why not (there is none, or Hearth runs it).</summary>
    public async Task<ClientProblem?> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        if (await db.DownloadClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct).ConfigureAwait(false) is not { } row)
        {
            return new ClientProblem(404, "No such client", $"There is no download client {id}.");
        }
        if (row.Managed)
        {
            return new ClientProblem(409, "Hearth runs this client",
                "The qBittorrent Hearth runs cannot be removed: turn it off here (enabled: false) so nothing is sent to it, or stop Hearth running it with the setting Acquisition:Managed:Enabled = false.");
        }
        await db.DownloadClients.Where(c => c.Id == id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        made.TryRemove(id, out _);
        health.TryRemove(id, out _);
        return null;
    }

    /// <summary>
    /// Saves the address and credentials of the qBittorrent Hearth runs (new at each start), adding it as a client the
    /// first time; what the household chose for it (name, category, priority, on or off) stays. Answers its id.
    /// </summary>
    public async Task<int> SaveManagedAsync(Uri url, string username, string password, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.DownloadClients.FirstOrDefaultAsync(c => c.Managed, ct).ConfigureAwait(false);
        if (row is null)
        {
            var name = Managed.ManagedQBittorrent.ClientName;
            if (await db.DownloadClients.AnyAsync(c => c.Name == name, ct).ConfigureAwait(false))
            {
                name += " " + Guid.NewGuid().ToString("N")[..6];
            }
            row = new DownloadClientRow { Name = name, Kind = ClientKinds.QBittorrent, Url = url.AbsoluteUri, Category = "hearth", Managed = true, AddedMs = clock.GetUtcNow().ToUnixTimeMilliseconds() };
            db.DownloadClients.Add(row);
        }
        (row.Url, row.Username, row.Password) = (url.AbsoluteUri, username, password);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        made.TryRemove(row.Id, out _);
        return row.Id;
    }

    /// <summary>Whether a change touches what Hearth sets for a client it runs (kind, address, credentials, save path).</summary>
    private static bool Reaches(DownloadClientInput input, DownloadClientRow row) =>
        (input.Kind is { } kind && !kind.Trim().Equals(row.Kind, StringComparison.OrdinalIgnoreCase))
        || (input.Url is { } url && url.Trim() != row.Url)
        || (input.Username is { } user && user != row.Username)
        || (input.Password is { } password && password != row.Password)
        || (input.SavePath is { } path && (path.Trim() is { Length: > 0 } p ? p : null) != row.SavePath);

    /// <summary>Asks a saved client now and keeps what it said as its health.</summary>
    public async Task<DownloadClientView?> RecheckAsync(int id, CancellationToken ct)
    {
        if (await RowAsync(id, ct).ConfigureAwait(false) is not { } row)
        {
            return null;
        }
        await CheckAsync(row, ct).ConfigureAwait(false);
        return View(row);
    }

    /// <summary>The client a release of <paramref name="protocol"/> goes to: the first enabled one by priority, else the blackhole.</summary>
    public async Task<(int? Id, IDownloadClient Client)> ForAsync(ReleaseProtocol protocol, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.DownloadClients.AsNoTracking().Where(c => c.Enabled).OrderBy(c => c.Priority).ThenBy(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
        return rows.FirstOrDefault(r => ClientKinds.Protocol(r.Kind) == protocol) is { } row ? (row.Id, Client(row)) : (null, blackhole);
    }

    /// <summary>Every enabled client, with its id, for following what it holds.</summary>
    public async Task<IReadOnlyList<(int Id, IFollowedClient Client)>> FollowedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.DownloadClients.AsNoTracking().Where(c => c.Enabled).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => (r.Id, Client(r)))];
    }

    /// <summary>The saved client <paramref name="id"/>, enabled or not (what it holds is still followed); null when it was removed.</summary>
    public async Task<IFollowedClient?> FollowAsync(int id, CancellationToken ct) =>
        await RowAsync(id, ct).ConfigureAwait(false) is { } row ? Client(row) : null;

    /// <summary>Records how a client answered when the automation last used it (the queue's polls call this too).</summary>
    public void Report(int id, DownloadClientException? failure, string? version = null) =>
        health[id] = failure is null
            ? new ClientHealth("ok", null, null, version ?? health.GetValueOrDefault(id)?.Version, clock.GetUtcNow())
            : new ClientHealth("failing", Word(failure.Failure), failure.Message, health.GetValueOrDefault(id)?.Version, clock.GetUtcNow());

    private async Task<(ClientCheck? Check, ClientProblem? Problem)> CheckAsync(DownloadClientRow row, CancellationToken ct)
    {
        try
        {
            var check = await Client(row, fresh: true).CheckAsync(ct).ConfigureAwait(false);
            if (row.Id != 0)
            {
                Report(row.Id, null, check.Version);
            }
            return (check, null);
        }
        catch (DownloadClientException e)
        {
            if (row.Id != 0)
            {
                Report(row.Id, e);
            }
            return (null, new ClientProblem(400, Title(e.Failure), e.Message, e.Failure));
        }
    }

    /// <summary>One client object per saved client (qBittorrent keeps its signed-in cookie), made again when the row changed.</summary>
    private IFollowedClient Client(DownloadClientRow row, bool fresh = false)
    {
        var settings = new ClientSettings(row.Name, new Uri(row.Url), row.Username, row.Password, row.Category, row.SavePath);
        if (fresh || row.Id == 0)
        {
            return ClientKinds.Make(row.Kind, http.CreateClient(HttpClientName), settings);
        }
        var entry = made.AddOrUpdate(row.Id,
            _ => (row, ClientKinds.Make(row.Kind, http.CreateClient(HttpClientName), settings)),
            (_, old) => Same(old.Row, row) ? old : (row, ClientKinds.Make(row.Kind, http.CreateClient(HttpClientName), settings)));
        return entry.Client;
    }

    private static bool Same(DownloadClientRow a, DownloadClientRow b) =>
        (a.Kind, a.Url, a.Username, a.Password, a.Category, a.SavePath, a.Name) == (b.Kind, b.Url, b.Username, b.Password, b.Category, b.SavePath, b.Name);

    private async Task<DownloadClientRow?> RowAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.DownloadClients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct).ConfigureAwait(false);
    }

    /// <summary>The row the input makes of an existing one (or a new one); null when a field cannot be used.</summary>
    private static DownloadClientRow? Merge(DownloadClientRow? existing, DownloadClientInput input)
    {
        var kind = (input.Kind ?? existing?.Kind)?.Trim().ToLowerInvariant();
        if (kind is null || !ClientKinds.All.Contains(kind))
        {
            return null;
        }
        var row = new DownloadClientRow
        {
            Id = existing?.Id ?? 0,
            Name = (input.Name ?? existing?.Name ?? string.Empty).Trim(),
            Kind = kind,
            Url = (input.Url ?? existing?.Url ?? ClientKinds.DefaultUrl(kind)).Trim(),
            Username = input.Username ?? existing?.Username,
            // an empty password is a change; one left out keeps what is stored
            Password = input.Password ?? existing?.Password,
            Category = (input.Category ?? existing?.Category ?? "hearth").Trim(),
            SavePath = input.SavePath is null ? existing?.SavePath : input.SavePath.Trim() is { Length: > 0 } path ? path : null,
            Priority = input.Priority ?? existing?.Priority ?? 1,
            Enabled = input.Enabled ?? existing?.Enabled ?? true,
            Managed = existing?.Managed ?? false,
            AddedMs = existing?.AddedMs ?? 0,
        };
        return Problems(row).Count == 0 ? row : null;
    }

    private static ClientProblem Invalid(DownloadClientInput input)
    {
        var kind = input.Kind?.Trim().ToLowerInvariant();
        var problems = kind is null || !ClientKinds.All.Contains(kind)
            ? [$"kind is one of {string.Join(", ", ClientKinds.All)}."]
            : Problems(new DownloadClientRow
            {
                Name = input.Name?.Trim() ?? string.Empty,
                Kind = kind,
                Url = input.Url?.Trim() ?? ClientKinds.DefaultUrl(kind),
                Category = input.Category?.Trim() ?? "hearth",
                Priority = input.Priority ?? 1,
            });
        return new ClientProblem(400, "The client cannot be used", string.Join(" ", problems));
    }

    private static List<string> Problems(DownloadClientRow row)
    {
        var problems = new List<string>();
        if (row.Name.Length is 0 or > 100)
        {
            problems.Add("Give the client a name of 1 to 100 characters.");
        }
        if (!Uri.TryCreate(row.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.UserInfo))
        {
            problems.Add("url is the client's http:// or https:// address, without a query or credentials in it.");
        }
        if (!CategoryPattern().IsMatch(row.Category))
        {
            problems.Add("category is 1 to 64 letters, digits, dots, dashes, underscores or spaces.");
        }
        if (row.Priority is < 1 or > 50)
        {
            problems.Add("priority is 1 (tried first) to 50.");
        }
        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._ -]{1,64}$")]
    private static partial Regex CategoryPattern();

    private DownloadClientView View(DownloadClientRow r) => new(
        r.Id, r.Name, r.Kind, ClientKinds.Protocol(r.Kind) == ReleaseProtocol.Usenet ? "usenet" : "torrent", r.Url, r.Username, !string.IsNullOrEmpty(r.Password),
        r.Category, r.SavePath, r.Priority, r.Enabled,
        !r.Enabled ? new ClientHealth("disabled", null, null, null, null) : health.GetValueOrDefault(r.Id) ?? new ClientHealth("unknown", null, null, null, null), r.Managed);

    private static string Word(ClientFailure failure) => failure switch
    {
        ClientFailure.Unreachable => "unreachable",
        ClientFailure.Unauthorized => "unauthorized",
        ClientFailure.WrongVersion => "wrongVersion",
        ClientFailure.MissingCategory => "missingCategory",
        _ => "badAnswer",
    };

    private static string Title(ClientFailure failure) => failure switch
    {
        ClientFailure.Unreachable => "The client cannot be reached",
        ClientFailure.Unauthorized => "The client refused the credentials",
        ClientFailure.WrongVersion => "The client is not one Hearth can use",
        ClientFailure.MissingCategory => "The client has no such category",
        _ => "The client answered something unexpected",
    };

    internal static string FailureWord(ClientFailure failure) => Word(failure);
}
