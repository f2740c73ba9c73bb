using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Hearth.Acquisition.Clients;
using Hearth.Acquisition.Clients.QBittorrent;

namespace Hearth.Testing.Daemons;

/// <summary>
/// A real qbittorrent-nox for one test: its own profile in a temp folder (written as Hearth writes the managed one),
/// its WebUI and its peer port on loopback ports chosen free, peers only on the loopback interface.
/// </summary>
public sealed class QBittorrentDaemon : IAsyncDisposable
{
    public const string User = "hearth";

    private readonly Process process;

    private QBittorrentDaemon(TempFolder folder, int port, string password, Process process)
    {
        Folder = folder;
        Port = port;
        Password = password;
        this.process = process;
    }

    public TempFolder Folder { get; }

    public int Port { get; }

    public string Password { get; }

    public string Downloads => Folder.Combine("downloads");

    public static async Task<QBittorrentDaemon> StartAsync()
    {
        var folder = new TempFolder();
        var port = FreePort();
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        QBittorrentProfile.Write(folder.Combine("profile"), port, User, password, folder.Combine("downloads"), FreePort(), "lo");
        var start = new ProcessStartInfo("qbittorrent-nox") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add($"--profile={folder.Combine("profile")}");
        var process = Process.Start(start) ?? throw new InvalidOperationException("qbittorrent-nox did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var daemon = new QBittorrentDaemon(folder, port, password, process);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 200; i++)
        {
            try
            {
                // it answers 403 to anyone signed out once its WebUI is up
                using var answer = await http.GetAsync($"http://127.0.0.1:{port}/api/v2/app/version");
                return daemon;
            }
            catch (HttpRequestException)
            {
                if (process.HasExited)
                {
                    break;
                }
                await Task.Delay(100);
            }
        }
        await daemon.DisposeAsync();
        throw new InvalidOperationException("qbittorrent-nox did not open its WebUI");
    }

    public ClientSettings Settings(string? password = null, string category = "hearth") =>
        new("qBittorrent", new Uri($"http://127.0.0.1:{Port}"), User, password ?? Password, category);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the daemon and keeps its folder (a client that goes away, its downloads still there).</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
        Folder.Dispose();
    }
}
