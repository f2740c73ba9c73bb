using System.Text;
using Hearth.Acquisition.Clients;
using Hearth.Testing;
using Hearth.Testing.Daemons;

namespace Hearth.Acquisition.Tests.Clients;

/// <summary>The info hash every torrent client knows a download by, from a .torrent or a magnet link.</summary>
public class TorrentFilesTests
{
    [Fact]
    public async Task The_hash_of_a_torrent_is_the_sha1_of_its_info_dictionary_as_transmission_reads_it()
    {
        using var folder = new TempFolder();
        var film = folder.Combine("Film.2020.1080p.mkv");
        await File.WriteAllBytesAsync(film, Enumerable.Range(0, 100_000).Select(i => (byte)i).ToArray());
        var torrent = await Torrents.MakeAsync(film, folder.Combine("film.torrent"));
        var shown = await new Hearth.Core.Processes.ProcessRunner().RunAsync("transmission-show", [folder.Combine("film.torrent")], TimeSpan.FromMinutes(1));
        var hash = TorrentFiles.InfoHash(torrent);
        Assert.NotNull(hash);
        Assert.Matches("^[0-9a-f]{40}$", hash);
        Assert.Contains($"Hash: {hash}", shown.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("magnet:?xt=urn:btih:C12FE1C06BBA254A9DC9F519B335AA7C1367A88A&dn=Film", "c12fe1c06bba254a9dc9f519b335aa7c1367a88a")]
    [InlineData("magnet:?dn=Film&xt=urn:btih:YEX6DQDLXISUVHOJ6UM3GNNKPQJWPKEK", "c12fe1c06bba254a9dc9f519b335aa7c1367a88a")]
    [InlineData("magnet:?dn=Film", null)]
    [InlineData("magnet:?xt=urn:btih:not-a-hash", null)]
    [InlineData("https://tracker.example/download.php?id=1", null)]
    public void A_magnet_names_its_hash_in_hex_or_base32(string magnet, string? hash) =>
        Assert.Equal(hash, TorrentFiles.InfoHash(magnet));

    [Theory]
    [InlineData("")]
    [InlineData("<html>not a torrent</html>")]
    [InlineData("d8:announce3:abce")]
    [InlineData("d4:info")]
    [InlineData("d4:infod6:lengthi12e")]
    [InlineData("d99999:short")]
    public void What_is_not_a_whole_torrent_has_no_hash(string text) =>
        Assert.Null(TorrentFiles.InfoHash(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void A_torrent_nested_deep_enough_to_exhaust_the_stack_is_refused_not_followed()
    {
        var deep = "d4:info" + new string('l', 100_000) + new string('e', 100_000) + "e";
        Assert.Null(TorrentFiles.InfoHash(Encoding.ASCII.GetBytes(deep)));
    }
}
