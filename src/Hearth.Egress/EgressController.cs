using System.Net;
using Hearth.Core.Egress;
using Hearth.Egress.Config;
using Hearth.Egress.Health;
using Hearth.Egress.KillSwitch;
using Hearth.Egress.Namespaces;
using Hearth.Egress.PortForwarding;
using Hearth.Egress.Tunnel;
using Microsoft.Extensions.Logging;

namespace Hearth.Egress;

/// <summary>
/// The egress role's one owner of state: it makes the namespace, applies the kill switch before anything
/// else can leave, links the namespace to the host, brings the tunnel up, checks its health and restarts
/// only the tunnel (the namespace, its kill switch and the processes inside stay as they are).
/// </summary>
public sealed class EgressController : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly EgressOptions options;
    private readonly WireGuardConfig config;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly PublicIpChecker publicIp;
    private readonly HealthPolicy health;
    private IPEndPoint? endpoint;
    private TunnelProblem? reasonCode;
    private int checks;
    private EgressState state = EgressState.Stopped;
    private DateTimeOffset since;
    private string? reason;
    private string? currentPublicIp;
    private string? homeWan;
    private string? learnedHomeWan;
    private int restarts;
    private DateTimeOffset broughtUp;

    public EgressController(EgressOptions options, WireGuardConfig config, NetworkCommands commands, IEnumerable<IForwardedPortListener> listeners, TimeProvider time, ILogger logger)
    {
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ArgumentException("The egress settings cannot be used: " + string.Join("; ", problems), nameof(options));
        }

        this.options = options;
        this.config = config;
        this.time = time;
        this.logger = logger;
        health = new HealthPolicy(options);
        since = time.GetUtcNow();
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("egress needs Linux network namespaces");
        }

        Directory.CreateDirectory(options.RuntimeDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Namespace = new EgressNamespace(commands, options);
        KillSwitch = new KillSwitch.KillSwitch(commands, options.Namespace, options.RuntimeDirectory);
        Tunnel = new WireGuardTunnel(commands, options.Namespace, options.TunnelInterface, options.RuntimeDirectory, logger);
        Dns = options.DnsServer is { } server ? [IPAddress.Parse(server)] : config.Dns;
        publicIp = new PublicIpChecker(Namespace.Sockets, new NamespaceSockets(options.HostNamespace), Dns);
        var gateway = options.NatPmpGateway is { } g ? IPAddress.Parse(g) : Dns.FirstOrDefault();
        PortForwarder = new PortForwarder(
            () => options.PortForwarding && state == EgressState.Up && gateway is not null ? new NatPmpClient(Namespace.Sockets, gateway) : null,
            KillSwitch.SetForwardedPortAsync,
            listeners,
            options.PortLifetime,
            time,
            logger);
    }

    public EgressNamespace Namespace { get; }

    public KillSwitch.KillSwitch KillSwitch { get; }

    public WireGuardTunnel Tunnel { get; }

    public PortForwarder PortForwarder { get; }

    public IReadOnlyList<IPAddress> Dns { get; }

    public EgressOptions Options => options;

    public IPEndPoint? Endpoint => endpoint;

    public EgressState State => state;

    /// <summary>Namespace, kill switch, link and DNS: everything but the tunnel. Fails closed.</summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var (resolved, problem) = await ConfigChecker.ResolveEndpointAsync(config.Peer, ct).ConfigureAwait(false);
            endpoint = resolved ?? throw new WireGuardConfigException([problem!]);
            List<IPNetwork> subnets = [options.Link, .. options.AllowedSubnets.Select(IPNetwork.Parse)];
            await Namespace.CreateAsync(ct).ConfigureAwait(false);
            try
            {
                await KillSwitch.ApplyAsync(new KillSwitchPolicy
                {
                    TunnelInterface = options.TunnelInterface,
                    OuterInterface = options.OuterInterface,
                    Endpoint = endpoint,
                    AllowedSubnets = subnets,
                    TunnelHasIPv6 = config.HasIPv6,
                }, ct).ConfigureAwait(false);
            }
            catch (KillSwitchException e)
            {
                // nothing was linked yet: the namespace goes, and nothing could ever have left it
                await Namespace.DeleteAsync(CancellationToken.None).ConfigureAwait(false);
                SetState(EgressState.Failed, e.Message);
                throw;
            }

            await Namespace.LinkAsync(endpoint, subnets, ct).ConfigureAwait(false);
            await Namespace.WriteResolvConfAsync(Dns, ct).ConfigureAwait(false);
            SetState(EgressState.Down, "the kill switch is on; the tunnel is not up yet");
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task StartTunnelAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await BringUpAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task StartAsync(CancellationToken ct)
    {
        await PrepareAsync(ct).ConfigureAwait(false);
        await StartTunnelAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Restarts the tunnel only; the namespace, the kill switch and every process inside stay.</summary>
    public async Task RestartAsync(string why, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            restarts++;
            logger.LogWarning("Restarting the tunnel: {Reason}", why);
            SetState(EgressState.Restarting, why);
            await BringUpAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>One health round: the interface, the handshake's age, the probes. Restarts after enough failures.</summary>
    public async Task<bool> CheckHealthAsync(CancellationToken ct)
    {
        if (state is EgressState.Stopped or EgressState.Failed && endpoint is null)
        {
            return false;
        }

        var problem = await FindProblemAsync(ct).ConfigureAwait(false);
        var action = health.Judge(problem, time.GetUtcNow() - broughtUp);
        if (action == HealthAction.Healthy)
        {
            if (state != EgressState.Up)
            {
                SetState(EgressState.Up, null);
            }

            if (checks++ % 20 == 0 || currentPublicIp is null)
            {
                await RefreshPublicIpAsync(ct).ConfigureAwait(false);
            }

            return true;
        }

        if (action == HealthAction.Wait)
        {
            return false;
        }

        logger.LogWarning("Tunnel health check failed ({Failures}/{Limit}): {Problem}", health.Counted, options.FailuresBeforeRestart, problem!.Text);
        if (state == EgressState.Up)
        {
            SetState(EgressState.Down, problem.Text, problem.Code);
        }

        if (action == HealthAction.Restart)
        {
            try
            {
                await RestartAsync(problem.Text, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Core.Processes.ExternalProcessException or IOException)
            {
                SetState(EgressState.Down, $"restart failed: {e.Message}", problem.Code);
            }
        }

        return false;
    }

    public async Task<EgressStatus> StatusAsync(CancellationToken ct)
    {
        var handshake = state is EgressState.Stopped ? null : await Tunnel.LatestHandshakeAsync(ct).ConfigureAwait(false);
        var (rx, tx) = state is EgressState.Stopped ? (0, 0) : await Tunnel.TransferAsync(ct).ConfigureAwait(false);
        var paused = AutomationPaused;
        return new EgressStatus(
            state,
            since,
            handshake is { } h ? Math.Max(0, (time.GetUtcNow() - h).TotalSeconds) : null,
            currentPublicIp,
            homeWan,
            paused,
            paused ? $"The public address seen through the tunnel ({currentPublicIp}) is the home's own: traffic is not anonymous, so automation is paused." : null,
            PortForwarder.Port,
            rx,
            tx,
            restarts,
            reason,
            options.Namespace,
            options.TunnelInterface,
            reasonCode);
    }

    /// <summary>True when the address the internet sees through the tunnel is the home's: automation must not run.</summary>
    public bool AutomationPaused => currentPublicIp is not null && homeWan is not null && currentPublicIp == homeWan;

    public string? PublicIp => currentPublicIp;

    public async Task RefreshPublicIpAsync(CancellationToken ct)
    {
        try
        {
            // a configured address wins (and may change at runtime); a learned one is asked for once
            homeWan = options.HomeWanAddress ?? (learnedHomeWan ??= await publicIp.HomeAsync(options.PublicIpUrl, ct).ConfigureAwait(false));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            logger.LogInformation("The home WAN address could not be learned: {Reason}", e.Message);
        }

        try
        {
            currentPublicIp = await publicIp.ThroughTunnelAsync(options.PublicIpUrl, ct).ConfigureAwait(false);
            if (AutomationPaused)
            {
                logger.LogWarning("The public address through the tunnel is the home WAN address {Address}: automation paused", currentPublicIp);
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            logger.LogInformation("The public address could not be read through the tunnel: {Reason}", e.Message);
        }
    }

    /// <summary>The health loop: a check every <see cref="EgressOptions.HealthInterval"/> until cancelled.</summary>
    public async Task RunHealthAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await CheckHealthAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is Core.Processes.ExternalProcessException or IOException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning("Health check could not run: {Reason}", e.Message);
            }

            try
            {
                await Task.Delay(options.HealthInterval, time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task StopAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await Tunnel.DownAsync(ct).ConfigureAwait(false);
            await Namespace.DeleteAsync(ct).ConfigureAwait(false);
            SetState(EgressState.Stopped, null);
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        gate.Dispose();
    }

    private async Task BringUpAsync(CancellationToken ct)
    {
        if (endpoint is null)
        {
            throw new InvalidOperationException("egress is not prepared: the kill switch must be on before the tunnel");
        }

        await Tunnel.UpAsync(config, endpoint, ct).ConfigureAwait(false);
        broughtUp = time.GetUtcNow();
        SetState(EgressState.Down, "the tunnel is configured; waiting for the first handshake");
    }

    private async Task<TunnelHealthProblem?> FindProblemAsync(CancellationToken ct)
    {
        if (!await Tunnel.ExistsAsync(ct).ConfigureAwait(false))
        {
            return new(TunnelProblem.InterfaceGone, "the tunnel interface is gone (wireguard-go ended?)");
        }

        var probed = await ProbeAsync(ct).ConfigureAwait(false);
        var handshake = await Tunnel.LatestHandshakeAsync(ct).ConfigureAwait(false);
        var age = handshake is { } h ? time.GetUtcNow() - h : (TimeSpan?)null;
        if (age is null && time.GetUtcNow() - since > options.HandshakeTimeout)
        {
            return new(TunnelProblem.NoHandshake, "no handshake with the VPN server");
        }

        if (age > options.HandshakeTimeout)
        {
            return new(TunnelProblem.HandshakeStale, $"the last handshake was {(int)age.Value.TotalSeconds} s ago");
        }

        return probed is not null ? new(TunnelProblem.ProbesUnanswered, probed) : age is null ? new(TunnelProblem.NoHandshakeYet, "no handshake yet") : null;
    }

    private async Task<string?> ProbeAsync(CancellationToken ct)
    {
        if (options.ProbeTargets.Count == 0)
        {
            return null;
        }

        foreach (var target in options.ProbeTargets)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            try
            {
                using var socket = await Namespace.Sockets.ConnectTcpAsync(IPEndPoint.Parse(target), timeout.Token).ConfigureAwait(false);
                return null;
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or OperationCanceledException && !ct.IsCancellationRequested)
            {
                // try the next target
            }
        }

        return $"no probe target answered through the tunnel ({string.Join(", ", options.ProbeTargets)})";
    }

    private void SetState(EgressState next, string? why, TunnelProblem? code = null)
    {
        if (next != state)
        {
            since = time.GetUtcNow();
        }

        state = next;
        reason = why;
        reasonCode = why is null ? null : code;
    }
}
