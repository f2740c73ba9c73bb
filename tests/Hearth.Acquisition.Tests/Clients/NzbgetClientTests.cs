using System.Text;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.Nzbget;
using Hearth.Core.Indexers;
using Hearth.Testing.Daemons;

namespace Hearth.Acquisition.Tests.Clients;

/// <summary>The NZBGet client against a real nzbget server on loopback (with no news server: NZBs stay queued).</summary>
public sealed class NzbgetClientTests : IAsyncLifetime
{
    private const string Nzb = """
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE nzb PUBLIC "-//newzBin//DTD NZB 1.1//EN" "http://www.newzbin.com/DTD/nzb/nzb-1.1.dtd">
        <nzb xmlns="http://www.newzbin.com/DTD/2003/nzb">
          <file poster="poster@example.invalid" date="1700000000" subject="Film.2020.1080p.BluRay.x264-GRP.mkv (1/1) yEnc">
            <groups><group>alt.binaries.test</group></groups>
            <segments><segment bytes="250000" number="1">part1of1@example.invalid</segment></segments>
          </file>
        </nzb>
        """;

    private NzbgetDaemon daemon = null!;
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync() => daemon = await NzbgetDaemon.StartAsync("movies", "hearth");

    public async Task DisposeAsync()
    {
        http.Dispose();
        await daemon.DisposeAsync();
    }

    private static IndexerRelease Release(string title) => new() { Title = title, Guid = title, Protocol = ReleaseProtocol.Usenet };

    [Fact]
    public async Task It_is_checked_and_each_kind_of_failure_has_its_own_sentence()
    {
        Assert.Matches(@"^NZBGet \d+", (await new NzbgetClient(http, daemon.Settings()).CheckAsync(CancellationToken.None)).Version);

        var missing = await Assert.ThrowsAsync<DownloadClientException>(() => new NzbgetClient(http, daemon.Settings(category: "tv")).CheckAsync(CancellationToken.None));
        Assert.Equal((ClientFailure.MissingCategory, "NZBGet has no category 'tv': add it in NZBGet's settings (Categories), or name one it has."), (missing.Failure, missing.Message));
        var wrong = await Assert.ThrowsAsync<DownloadClientException>(() => new NzbgetClient(http, daemon.Settings(password: "not-it")).CheckAsync(CancellationToken.None));
        Assert.Equal(ClientFailure.Unauthorized, wrong.Failure);
        var down = await Assert.ThrowsAsync<DownloadClientException>(() =>
            new NzbgetClient(http, daemon.Settings() with { Url = new Uri($"http://127.0.0.1:{QBittorrentDaemon.FreePort()}") }).CheckAsync(CancellationToken.None));
        Assert.Equal(ClientFailure.Unreachable, down.Failure);
    }

    [Fact]
    public async Task An_nzb_is_added_in_the_category_followed_paused_resumed_and_removed()
    {
        var client = new NzbgetClient(http, daemon.Settings());
        var added = await client.AddAsync(Release("Film.2020.1080p.BluRay.x264-GRP"), new FetchedRelease(Encoding.UTF8.GetBytes(Nzb), "release.nzb", null, IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.True(added.Ok, added.Message);
        Assert.Matches("^[1-9][0-9]*$", added.DownloadId);

        // NZBGet reads the NZB's files a moment after taking it
        var item = Assert.Single(await client.ItemsAsync(CancellationToken.None));
        for (var i = 0; i < 50 && item.Size == 0; i++)
        {
            await Task.Delay(100);
            item = Assert.Single(await client.ItemsAsync(CancellationToken.None));
        }
        Assert.Equal((added.DownloadId, "Film.2020.1080p.BluRay.x264-GRP", 250_000L), (item.Id, item.Name, item.Size));
        Assert.Empty(await new NzbgetClient(http, daemon.Settings(category: "movies")).ItemsAsync(CancellationToken.None));

        await client.PauseAsync(added.DownloadId!, CancellationToken.None);
        Assert.Equal(DownloadState.Paused, Assert.Single(await client.ItemsAsync(CancellationToken.None)).State);
        await client.ResumeAsync(added.DownloadId!, CancellationToken.None);
        Assert.NotEqual(DownloadState.Paused, Assert.Single(await client.ItemsAsync(CancellationToken.None)).State);

        await client.RemoveAsync(added.DownloadId!, deleteData: true, CancellationToken.None);
        Assert.DoesNotContain(await client.ItemsAsync(CancellationToken.None), i => i.State != DownloadState.Failed);

        var junk = await client.AddAsync(Release("Junk"), new FetchedRelease(null, "release.nzb", null, IndexerOutcome.Ok, null), CancellationToken.None);
        Assert.Equal((false, "The release has no NZB to hand over."), (junk.Ok, junk.Message));
    }
}
