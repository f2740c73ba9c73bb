using System.Net;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.QBittorrent;
using Hearth.Core.Indexers;
using Hearth.Testing.Daemons;

namespace Hearth.Acquisition.Tests.Clients;

/// <summary>The qBittorrent client against a real qbittorrent-nox on loopback: checked, given torrents, followed, paused, removed.</summary>
public sealed class QBittorrentClientTests : IAsyncLifetime
{
    private QBittorrentDaemon daemon = null!;
    // as Hearth's own: a client's redirect is an answer, not a place to send its credentials
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync() => daemon = await QBittorrentDaemon.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await daemon.DisposeAsync();
    }

    private static IndexerRelease Release(string title) => new() { Title = title, Guid = title, Protocol = ReleaseProtocol.Torrent };

    private static FetchedRelease Fetched(byte[] torrent) => new(torrent, "release.torrent", null, IndexerOutcome.Ok, null);

    [Fact]
    public async Task It_is_checked_on_save_and_makes_its_category()
    {
        var client = new QBittorrentClient(http, daemon.Settings(category: "hearth-movies"));
        var check = await client.CheckAsync(CancellationToken.None);
        Assert.Matches(@"^qBittorrent v\d+\.\d+\.\d+ \(Web API 2\.\d+", check.Version);
        // the category is there now: a second check finds it
        Assert.Equal(check, await client.CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Each_kind_of_failure_has_its_own_sentence()
    {
        var wrong = await Assert.ThrowsAsync<DownloadClientException>(() => new QBittorrentClient(http, daemon.Settings(password: "not-it")).CheckAsync(CancellationToken.None));
        Assert.Equal((ClientFailure.Unauthorized, "qBittorrent refused the username or password."), (wrong.Failure, wrong.Message));

        var nothing = QBittorrentDaemon.FreePort();
        var down = await Assert.ThrowsAsync<DownloadClientException>(() =>
            new QBittorrentClient(http, daemon.Settings() with { Url = new Uri($"http://127.0.0.1:{nothing}") }).CheckAsync(CancellationToken.None));
        Assert.Equal(ClientFailure.Unreachable, down.Failure);
        Assert.StartsWith($"qBittorrent cannot be reached at http://127.0.0.1:{nothing}/", down.Message, StringComparison.Ordinal);

        // something that is not qBittorrent answers 404 to its sign-in
        using var other = new HttpListener();
        var port = QBittorrentDaemon.FreePort();
        other.Prefixes.Add($"http://127.0.0.1:{port}/");
        other.Start();
        _ = Task.Run(async () =>
        {
            while (other.IsListening)
            {
                var context = await other.GetContextAsync();
                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        });
        var stranger = await Assert.ThrowsAsync<DownloadClientException>(() =>
            new QBittorrentClient(http, daemon.Settings() with { Url = new Uri($"http://127.0.0.1:{port}") }).CheckAsync(CancellationToken.None));
        Assert.Equal(ClientFailure.WrongVersion, stranger.Failure);
    }

    [Fact]
    public async Task A_torrent_is_added_followed_to_complete_and_removed_with_its_data()
    {
        var client = new QBittorrentClient(http, daemon.Settings());
        await client.CheckAsync(CancellationToken.None);
        // the film is where the client saves already: qBittorrent checks it on adding and has it whole
        var film = Path.Combine(daemon.Downloads, "Film.2020.1080p.BluRay.x264-GRP.mkv");
        await File.WriteAllBytesAsync(film, Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray());
        var torrent = await Torrents.MakeAsync(film, daemon.Folder.Combine("film.torrent"));

        var added = await client.AddAsync(Release("Film.2020.1080p.BluRay.x264-GRP"), Fetched(torrent), CancellationToken.None);
        Assert.True(added.Ok, added.Message);
        Assert.Equal(TorrentFiles.InfoHash(torrent), added.DownloadId);

        var item = await WaitForAsync(client, added.DownloadId!, i => i.State == DownloadState.Completed);
        Assert.Equal(("Film.2020.1080p.BluRay.x264-GRP.mkv", 1.0, 300_000L, 0L), (item.Name, item.Progress, item.Size, item.Remaining));
        Assert.Equal(film, item.ContentPath);

        // the same torrent again is the same download
        var again = await client.AddAsync(Release("Film.2020.1080p.BluRay.x264-GRP"), Fetched(torrent), CancellationToken.None);
        Assert.Equal((true, added.DownloadId), (again.Ok, again.DownloadId));

        await client.RemoveAsync(added.DownloadId!, deleteData: true, CancellationToken.None);
        for (var i = 0; i < 100 && ((await client.ItemsAsync(CancellationToken.None)).Count > 0 || File.Exists(film)); i++)
        {
            await Task.Delay(100);
        }
        Assert.Empty(await client.ItemsAsync(CancellationToken.None));
        Assert.False(File.Exists(film));
    }

    [Fact]
    public async Task A_magnet_is_added_by_its_hash_paused_and_resumed_and_what_is_no_torrent_is_refused()
    {
        var client = new QBittorrentClient(http, daemon.Settings());
        var magnet = "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=Film";
        var added = await client.AddAsync(Release("Film"), new FetchedRelease(null, "release.magnet", magnet, IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.Equal((true, "c12fe1c06bba254a9dc9f519b335aa7c1367a88a"), (added.Ok, added.DownloadId));
        // no peer knows it (and DHT is off): it waits for its metadata
        Assert.Equal(DownloadState.Queued, (await WaitForAsync(client, added.DownloadId!, _ => true)).State);
        await client.PauseAsync(added.DownloadId!, CancellationToken.None);
        await WaitForAsync(client, added.DownloadId!, i => i.State == DownloadState.Paused);
        await client.ResumeAsync(added.DownloadId!, CancellationToken.None);
        await WaitForAsync(client, added.DownloadId!, i => i.State != DownloadState.Paused);

        var junk = await client.AddAsync(Release("Junk"), Fetched("<html>login first</html>"u8.ToArray()), CancellationToken.None);
        Assert.False(junk.Ok);
        Assert.Equal("The release is neither a torrent file nor a magnet link with an info hash.", junk.Message);
    }

    private static async Task<DownloadItem> WaitForAsync(QBittorrentClient client, string id, Func<DownloadItem, bool> done)
    {
        DownloadItem? last = null;
        for (var i = 0; i < 150; i++)
        {
            last = (await client.ItemsAsync(CancellationToken.None)).FirstOrDefault(x => x.Id == id);
            if (last is not null && done(last))
            {
                return last;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the download never got there: {last}");
    }
}
