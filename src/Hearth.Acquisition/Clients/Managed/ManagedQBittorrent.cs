using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Hearth.Acquisition.Clients.QBittorrent;
using Hearth.Core.Egress;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Acquisition.Clients.Managed;

/// <summary>What the managed client is doing, for the API and the logs.</summary>
public sealed record ManagedClientStatus(string State, string Message, int? ProcessId, int? ListenPort, DateTimeOffset Since);

/// <summary>
/// The embedded default download client: a qbittorrent-nox Hearth starts with its own profile under the data folder
/// (the WebUI on 127.0.0.1 on a free port, a password made new at each start and kept only in the owner-only profile and
/// store), saved as the download client "qBittorrent (run by Hearth)", watched and started again when it ends, and
/// stopped with Hearth. It runs wherever acquire runs, so under --vpn it is inside the egress namespace and peers are
/// reached through the tunnel only; its listen port follows the VPN's forwarded port.
/// </summary>
public sealed class ManagedQBittorrent(
    DownloadClients clients,
    IHttpClientFactory http,
    ProcessRunner runner,
    DataFolder data,
    IOptions<AcquisitionOptions> options,
    TimeProvider clock,
    ILogger<ManagedQBittorrent> logger) : BackgroundService, IForwardedPortListener
{
    public const string ClientName = "qBittorrent (run by Hearth)";
    public const string User = "hearth";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim portGate = new(1, 1);
    private QBittorrentClient? api;
    private int? forwarded;
    private int? clientId;

    public ManagedClientStatus Status { get; private set; } = new("starting", "Hearth is starting its qBittorrent.", null, null, clock.GetUtcNow());

    private ManagedClientOptions Settings => options.Value.Managed;

    private string Profile => data.QBittorrent;

    private string PidFile => Path.Combine(Profile, "qbittorrent.pid");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
        {
            Set("off", "Hearth runs no download client of its own (Acquisition:Managed:Enabled is false).");
            return;
        }
        if (Locate(Settings.Program) is not { } program)
        {
            Set("missing", $"{Settings.Program} is not installed, so Hearth runs no download client of its own: install it (apt-get install qbittorrent-nox) or add your own client under Download clients.");
            logger.LogWarning("{Message}", Status.Message);
            return;
        }
        Directory.CreateDirectory(Profile);
        OwnerOnly(Profile);
        var downloads = Settings.Downloads ?? data.Downloads;
        var listenPort = ListenPort();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = clock.GetUtcNow();
            var exit = await RunOnceAsync(program, downloads, listenPort, stoppingToken).ConfigureAwait(false);
            if (exit is null)
            {
                return;
            }
            // one that ran a while and then ended starts again at once; one that keeps ending waits longer each time
            failures = clock.GetUtcNow() - started > TimeSpan.FromMinutes(5) ? 1 : failures + 1;
            var wait = TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures - 1)));
            Set("restarting", $"qbittorrent-nox ended ({exit}); Hearth starts it again in {wait.TotalSeconds:0} s.");
            logger.LogWarning("{Message}", Status.Message);
            if (clientId is { } id)
            {
                clients.Report(id, new DownloadClientException(ClientFailure.Unreachable, Status.Message));
            }
            await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Starts it once and waits until it ends (answering why) or Hearth stops (null, after stopping it).</summary>
    private async Task<string?> RunOnceAsync(string program, string downloads, int listenPort, CancellationToken ct)
    {
        EndStale();
        var webPort = FreeLoopbackPort();
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
        var port = forwarded ?? listenPort;
        QBittorrentProfile.Write(Profile, webPort, User, password, downloads, port, Settings.Interface);
        RunningProcess process;
        try
        {
            process = runner.Start(program, [$"--profile={Profile}"], line => logger.LogDebug("qbittorrent-nox: {Line}", line));
        }
        catch (ExternalProcessException e)
        {
            return e.Message;
        }
        try
        {
            await File.WriteAllTextAsync(PidFile, process.Id.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
            var url = new Uri($"http://127.0.0.1:{webPort}/");
            var client = new QBittorrentClient(http.CreateClient(DownloadClients.HttpClientName), new ClientSettings(ClientName, url, User, password, "hearth"));
            if (await ReadyAsync(client, process, ct).ConfigureAwait(false) is not { } check)
            {
                return process.Exited.IsCompleted ? $"exit code {process.Exited.Result} before its WebUI opened" : $"its WebUI did not open within {StartTimeout.TotalSeconds:0} s";
            }
            clientId = await clients.SaveManagedAsync(url, User, password, ct).ConfigureAwait(false);
            clients.Report(clientId.Value, null, check.Version);
            await portGate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                api = client;
                // a port forwarded while it was starting
                if (forwarded is { } later && later != port)
                {
                    await client.SetListenPortAsync(later, ct).ConfigureAwait(false);
                    port = later;
                }
            }
            finally
            {
                portGate.Release();
            }
            Set("running", $"{check.Version} runs as process {process.Id}, WebUI on {url}, peers on port {port}, downloads in {downloads}.", process.Id, port);
            logger.LogInformation("Download client: {Message}", Status.Message);
            var code = await process.Exited.WaitAsync(ct).ConfigureAwait(false);
            return $"exit code {code}";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (DownloadClientException e)
        {
            return e.Message;
        }
        finally
        {
            api = null;
            if (ct.IsCancellationRequested)
            {
                Set("stopped", "Hearth stopped its qBittorrent.");
            }
            // SIGTERM first: qBittorrent saves what it knows of each torrent on the way out
            await process.StopAsync(StopGrace).ConfigureAwait(false);
            await process.DisposeAsync().ConfigureAwait(false);
            File.Delete(PidFile);
        }
    }

    private async Task<ClientCheck?> ReadyAsync(QBittorrentClient client, RunningProcess process, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + StartTimeout;
        while (clock.GetUtcNow() < deadline && !process.Exited.IsCompleted)
        {
            try
            {
                return await client.CheckAsync(ct).ConfigureAwait(false);
            }
            catch (DownloadClientException e) when (e.Failure == ClientFailure.Unreachable)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), clock, ct).ConfigureAwait(false);
            }
        }
        return null;
    }

    public async Task ForwardedPortChangedAsync(int? port, CancellationToken cancellationToken)
    {
        await portGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (port is null || port == forwarded)
            {
                // a withdrawn port leaves the last one: outgoing connections still work, and it may come back
                return;
            }
            forwarded = port;
            if (api is { } client)
            {
                await client.SetListenPortAsync(port.Value, cancellationToken).ConfigureAwait(false);
                Status = Status with { ListenPort = port };
                logger.LogInformation("Download client: peers now reach qBittorrent on the forwarded port {Port}", port);
            }
        }
        catch (DownloadClientException e)
        {
            logger.LogWarning("The forwarded port {Port} could not be given to qBittorrent now ({Reason}); it gets it when it starts again", port, e.Message);
        }
        finally
        {
            portGate.Release();
        }
    }

    /// <summary>A qbittorrent-nox left running on this profile by a Hearth that did not stop cleanly would hold it: end it.</summary>
    private void EndStale()
    {
        if (!File.Exists(PidFile) || !int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return;
        }
        try
        {
            var line = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            if (line.Contains($"--profile={Profile}", StringComparison.Ordinal))
            {
                using var stale = System.Diagnostics.Process.GetProcessById(pid);
                logger.LogWarning("A qbittorrent-nox (process {Pid}) was left running on Hearth's profile; ending it", pid);
                stale.Kill();
                stale.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // gone already, or not ours
        }
        File.Delete(PidFile);
    }

    /// <summary>The port peers reach it on without a VPN: the setting, else one chosen once and kept in the profile.</summary>
    private int ListenPort()
    {
        if (Settings.ListenPort is > 0 and <= 65535)
        {
            return Settings.ListenPort;
        }
        var file = Path.Combine(Profile, "listen-port");
        if (ForwardedPortFile.Read(file) is { } kept)
        {
            return kept;
        }
        var chosen = RandomNumberGenerator.GetInt32(20_000, 60_000);
        ForwardedPortFile.Write(file, chosen);
        return chosen;
    }

    private void Set(string state, string message, int? processId = null, int? listenPort = null) =>
        Status = new ManagedClientStatus(state, message, processId, listenPort, clock.GetUtcNow());

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? Locate(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }

    private static void OwnerOnly(string folder)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public override void Dispose()
    {
        portGate.Dispose();
        base.Dispose();
    }
}
