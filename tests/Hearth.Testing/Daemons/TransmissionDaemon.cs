using System.Diagnostics;
using System.Text.Json.Nodes;
using Hearth.Acquisition.Clients;

namespace Hearth.Testing.Daemons;

/// <summary>
/// A real transmission-daemon for one test: its own config folder, its RPC and peer ports on loopback, credentials
/// required, and none of DHT, local discovery, peer exchange or port mapping, so it talks to nothing but loopback.
/// </summary>
public sealed class TransmissionDaemon : IAsyncDisposable
{
    public const string User = "hearth";

    private readonly Process process;

    private TransmissionDaemon(TempFolder folder, int port, int peerPort, string password, Process process)
    {
        Folder = folder;
        Port = port;
        PeerPort = peerPort;
        Password = password;
        this.process = process;
    }

    public TempFolder Folder { get; }

    public int Port { get; }

    public int PeerPort { get; }

    public string Password { get; }

    public string Downloads => Folder.Combine("downloads");

    /// <param name="downloads">Where it saves (its own temp folder by default).</param>
    public static async Task<TransmissionDaemon> StartAsync(string? downloads = null)
    {
        var folder = new TempFolder();
        var port = QBittorrentDaemon.FreePort();
        var peerPort = QBittorrentDaemon.FreePort();
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var config = folder.Combine("config");
        Directory.CreateDirectory(config);
        Directory.CreateDirectory(downloads ?? folder.Combine("downloads"));
        var settings = new JsonObject
        {
            ["download-dir"] = downloads ?? folder.Combine("downloads"),
            ["incomplete-dir-enabled"] = false,
            ["rpc-enabled"] = true,
            ["rpc-bind-address"] = "127.0.0.1",
            ["rpc-port"] = port,
            ["rpc-authentication-required"] = true,
            ["rpc-username"] = User,
            ["rpc-password"] = password,
            ["rpc-whitelist-enabled"] = true,
            ["rpc-whitelist"] = "127.0.0.1",
            ["rpc-host-whitelist-enabled"] = false,
            ["peer-port"] = peerPort,
            ["peer-port-random-on-start"] = false,
            ["bind-address-ipv4"] = "127.0.0.1",
            ["bind-address-ipv6"] = "::1",
            ["dht-enabled"] = false,
            ["lpd-enabled"] = false,
            ["pex-enabled"] = false,
            ["utp-enabled"] = false,
            ["port-forwarding-enabled"] = false,
            ["start-added-torrents"] = true,
            ["message-level"] = 1,
        };
        await File.WriteAllTextAsync(Path.Combine(config, "settings.json"), settings.ToJsonString());
        var start = new ProcessStartInfo("transmission-daemon") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--foreground", "--config-dir", config })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("transmission-daemon did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var daemon = new TransmissionDaemon(folder, port, peerPort, password, process);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var answer = await http.GetAsync($"http://127.0.0.1:{port}/transmission/rpc");
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
        throw new InvalidOperationException("transmission-daemon did not open its RPC");
    }

    public ClientSettings Settings(string? password = null, string category = "hearth", string? savePath = null) =>
        new("Transmission", new Uri($"http://127.0.0.1:{Port}"), User, password ?? Password, category, savePath);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Folder.Dispose();
    }
}
