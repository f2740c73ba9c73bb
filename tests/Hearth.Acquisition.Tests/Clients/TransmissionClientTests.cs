using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.Transmission;
using Hearth.Core.Indexers;
using Hearth.Testing.Daemons;

namespace Hearth.Acquisition.Tests.Clients;

/// <summary>The Transmission client against a real transmission-daemon on loopback, through the session-id handshake.</summary>
public sealed class TransmissionClientTests : IAsyncLifetime
{
    private TransmissionDaemon daemon = null!;
    // as Hearth's own: a client's redirect is an answer, not a place to send its credentials
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync() => daemon = await TransmissionDaemon.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await daemon.DisposeAsync();
    }

    private static IndexerRelease Release(string title) => new() { Title = title, Guid = title, Protocol = ReleaseProtocol.Torrent };

    [Fact]
    public async Task It_is_checked_and_each_kind_of_failure_has_its_own_sentence()
    {
        var check = await new TransmissionClient(http, daemon.Settings()).CheckAsync(CancellationToken.None);
        Assert.Matches(@"^Transmission \d+\.\d+.* \(RPC \d+\)$", check.Version);

        var wrong = await Assert.ThrowsAsync<DownloadClientException>(() => new TransmissionClient(http, daemon.Settings(password: "not-it")).CheckAsync(CancellationToken.None));
        Assert.Equal((ClientFailure.Unauthorized, "Transmission refused the username or password."), (wrong.Failure, wrong.Message));
        var nothing = QBittorrentDaemon.FreePort();
        var down = await Assert.ThrowsAsync<DownloadClientException>(() =>
            new TransmissionClient(http, daemon.Settings() with { Url = new Uri($"http://127.0.0.1:{nothing}") }).CheckAsync(CancellationToken.None));
        Assert.Equal(ClientFailure.Unreachable, down.Failure);
        var path = await Assert.ThrowsAsync<DownloadClientException>(() =>
            new TransmissionClient(http, daemon.Settings() with { Url = new Uri($"http://127.0.0.1:{daemon.Port}/elsewhere/rpc") }).CheckAsync(CancellationToken.None));
        Assert.Equal(ClientFailure.WrongVersion, path.Failure);
    }

    [Fact]
    public async Task A_torrent_goes_in_the_category_folder_completes_is_paused_and_removed_with_its_data()
    {
        var client = new TransmissionClient(http, daemon.Settings());
        var folder = Path.Combine(daemon.Downloads, "hearth");
        Directory.CreateDirectory(folder);
        var film = Path.Combine(folder, "Film.2020.1080p.BluRay.x264-GRP.mkv");
        await File.WriteAllBytesAsync(film, Enumerable.Range(0, 300_000).Select(i => (byte)(i * 3)).ToArray());
        var torrent = await Torrents.MakeAsync(film, daemon.Folder.Combine("film.torrent"));

        var added = await client.AddAsync(Release("Film.2020.1080p.BluRay.x264-GRP"), new FetchedRelease(torrent, "release.torrent", null, IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.True(added.Ok, added.Message);
        Assert.Equal(TorrentFiles.InfoHash(torrent), added.DownloadId);
        var item = await WaitForAsync(client, added.DownloadId!, i => i.State == DownloadState.Completed);
        Assert.Equal(("Film.2020.1080p.BluRay.x264-GRP.mkv", 300_000L, 0L, film), (item.Name, item.Size, item.Remaining, item.ContentPath));

        // a torrent outside Hearth's folder is not Hearth's
        var other = new TransmissionClient(http, daemon.Settings(category: "someone-else"));
        Assert.Empty(await other.ItemsAsync(CancellationToken.None));

        var again = await client.AddAsync(Release("Film"), new FetchedRelease(torrent, "release.torrent", null, IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.Equal((true, "Transmission has this torrent already."), (again.Ok, again.Message));

        await client.RemoveAsync(added.DownloadId!, deleteData: true, CancellationToken.None);
        for (var i = 0; i < 100 && File.Exists(film); i++)
        {
            await Task.Delay(100);
        }
        Assert.Empty(await client.ItemsAsync(CancellationToken.None));
        Assert.False(File.Exists(film));
    }

    [Fact]
    public async Task A_magnet_waits_for_its_metadata_and_is_paused_and_resumed()
    {
        var client = new TransmissionClient(http, daemon.Settings());
        var added = await client.AddAsync(Release("Film"), new FetchedRelease(null, "release.magnet", "magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn=Film", IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.Equal((true, "c12fe1c06bba254a9dc9f519b335aa7c1367a88a"), (added.Ok, added.DownloadId));
        await WaitForAsync(client, added.DownloadId!, i => i.State is DownloadState.Stalled or DownloadState.Queued or DownloadState.Downloading);
        await client.PauseAsync(added.DownloadId!, CancellationToken.None);
        await WaitForAsync(client, added.DownloadId!, i => i.State == DownloadState.Paused);
        await client.ResumeAsync(added.DownloadId!, CancellationToken.None);
        await WaitForAsync(client, added.DownloadId!, i => i.State != DownloadState.Paused);
    }

    private static async Task<DownloadItem> WaitForAsync(TransmissionClient client, string id, Func<DownloadItem, bool> done)
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
