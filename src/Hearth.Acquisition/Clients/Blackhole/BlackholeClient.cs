using System.Text;
using Hearth.Core.Indexers;
using Hearth.Core.Paths;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Clients.Blackhole;

/// <summary>Where the blackhole writes (section "Acquisition:Blackhole"); by default under the data folder.</summary>
public sealed class BlackholeOptions
{
    /// <summary>Where .torrent and .magnet files go: a torrent client's watched folder.</summary>
    public string? TorrentFolder { get; set; }

    /// <summary>Where .nzb files go: a Usenet client's watched folder.</summary>
    public string? UsenetFolder { get; set; }
}

/// <summary>
/// The blackhole download client: writes the release's .torrent or .nzb (or a .magnet file holding the magnet
/// link) into a folder a download client watches, whole or not at all, named after the release.
/// </summary>
public sealed class BlackholeClient(IOptions<AcquisitionOptions> options, DataFolder data) : IDownloadClient
{
    public string Name => "blackhole";

    public bool Takes(ReleaseProtocol protocol) => true;

    public string FolderFor(ReleaseProtocol protocol) => protocol == ReleaseProtocol.Usenet
        ? options.Value.Blackhole.UsenetFolder ?? Path.Combine(data.Root, "blackhole", "nzb")
        : options.Value.Blackhole.TorrentFolder ?? Path.Combine(data.Root, "blackhole", "torrents");

    public async Task<ClientAnswer> AddAsync(IndexerRelease release, FetchedRelease file, CancellationToken ct)
    {
        var (bytes, extension) = file switch
        {
            { Content: { } content } => (content, release.Protocol == ReleaseProtocol.Usenet ? ".nzb" : ".torrent"),
            { MagnetUrl: { } magnet } => (Encoding.UTF8.GetBytes(magnet + "\n"), ".magnet"),
            _ => ((byte[]?)null, string.Empty),
        };
        if (bytes is null)
        {
            return new ClientAnswer(false, "There was nothing to hand over: no file and no magnet link.");
        }
        var folder = FolderFor(release.Protocol);
        var path = Path.Combine(folder, SafeName(release.Title) + extension);
        try
        {
            await AtomicOutput.WriteAsync(path, temp => File.WriteAllBytesAsync(temp, bytes, ct)).ConfigureAwait(false);
            return new ClientAnswer(true, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ClientAnswer(false, $"The blackhole folder {folder} cannot be written: {e.Message}");
        }
    }

    /// <summary>The release title as a file name: no separators or control characters, at most 200 characters.</summary>
    internal static string SafeName(string title)
    {
        var chars = title.Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c).ToArray();
        var name = new string(chars).Trim().TrimStart('.');
        return name.Length == 0 ? "release" : name.Length > 200 ? name[..200] : name;
    }
}
