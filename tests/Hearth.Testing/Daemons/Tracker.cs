using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hearth.Testing.Daemons;

/// <summary>
/// A real BitTorrent tracker for one test: opentracker on a loopback port chosen free (TCP for HTTP announces, UDP on
/// another), in its own folder (as root it changes into it and drops to nobody). Debian builds it closed: it tracks
/// only the torrents on its whitelist, which <see cref="AllowAsync"/> adds to.
/// </summary>
public sealed class Tracker : IAsyncDisposable
{
    private readonly Process process;
    private readonly TempFolder folder;

    private Tracker(Process process, TempFolder folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Announce => $"http://127.0.0.1:{Port}/announce";

    public static async Task<Tracker> StartAsync()
    {
        var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.Combine("whitelist"), string.Empty);
        if (!OperatingSystem.IsWindows())
        {
            // it reads the whitelist as nobody
            File.SetUnixFileMode(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var port = QBittorrentDaemon.FreePort();
        int udp;
        using (var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)))
        {
            udp = ((IPEndPoint)socket.Client.LocalEndPoint!).Port;
        }
        var start = new ProcessStartInfo("opentracker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder.Path };
        foreach (var argument in new[] { "-i", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-P", udp.ToString(System.Globalization.CultureInfo.InvariantCulture), "-d", folder.Path, "-w", "whitelist" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("opentracker did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var tracker = new Tracker(process, folder, port);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port);
                return tracker;
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    break;
                }
                await Task.Delay(100);
            }
        }
        await tracker.DisposeAsync();
        throw new InvalidOperationException("opentracker did not open its port");
    }

    /// <summary>
    /// Lets the tracker track <paramref name="torrent"/>: its info hash goes on the whitelist, which opentracker reads again
    /// on SIGHUP, in its own time; so this returns only once the tracker answers an announce for it (a "stopped" one,
    /// which leaves no peer behind) without refusing it, and a client's first announce is not refused and put off.
    /// </summary>
    public async Task AllowAsync(byte[] torrent)
    {
        var hash = Hearth.Acquisition.Clients.TorrentFiles.InfoHash(torrent) ?? throw new ArgumentException("not a torrent", nameof(torrent));
        await File.AppendAllTextAsync(folder.Combine("whitelist"), hash.ToLowerInvariant() + "\n");
        await new Hearth.Core.Processes.ProcessRunner().RunAsync("kill", ["-HUP", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
        var encoded = System.Web.HttpUtility.UrlEncode(Convert.FromHexString(hash));
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            var answer = System.Text.Encoding.Latin1.GetString(await http.GetByteArrayAsync(
                $"http://127.0.0.1:{Port}/announce?info_hash={encoded}&peer_id=-HT0001-000000000000&port=9&uploaded=0&downloaded=0&left=0&event=stopped&compact=1"));
            if (!answer.Contains("failure reason", StringComparison.Ordinal))
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException("opentracker did not take the torrent onto its whitelist");
    }

    /// <summary>How many seeders the tracker knows for <paramref name="torrent"/> (its scrape's "complete").</summary>
    public async Task<int> SeedersAsync(byte[] torrent)
    {
        var hash = Convert.FromHexString(Hearth.Acquisition.Clients.TorrentFiles.InfoHash(torrent)!);
        using var http = new HttpClient();
        var answer = System.Text.Encoding.Latin1.GetString(await http.GetByteArrayAsync($"http://127.0.0.1:{Port}/scrape?info_hash={System.Web.HttpUtility.UrlEncode(hash)}"));
        var match = System.Text.RegularExpressions.Regex.Match(answer, "8:completei([0-9]+)e");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        folder.Dispose();
    }
}
