using System.Diagnostics;
using System.Security.Cryptography;
using Hearth.Core.Processes;
using Hearth.Egress.Namespaces;

namespace Hearth.Lab.Tests.Lab;

/// <summary>
/// A set of network namespaces joined by veth links, built from a description and torn down whole: on
/// dispose, at process exit, and (for a run that died) by the next run. Every name carries this run's suffix,
/// and nothing is ever linked to the host's own namespace: links are made only between lab namespaces.
/// </summary>
public sealed class Lab : IAsyncDisposable
{
    private const string Marker = "/run/hearth-lab";
    private readonly List<string> namespaces = [];
    private readonly List<Process> processes = [];
    private readonly List<string> folders = [];
    private int disposed;

    private Lab(string suffix)
    {
        Suffix = suffix;
        Commands = new NetworkCommands(new ProcessRunner());
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    public string Suffix { get; }

    public NetworkCommands Commands { get; }

    public static async Task<Lab> CreateAsync()
    {
        Directory.CreateDirectory(Marker);
        await CleanStaleRunsAsync().ConfigureAwait(false);
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        await File.WriteAllTextAsync(Path.Combine(Marker, suffix), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return new Lab(suffix);
    }

    /// <summary>A name with this run's suffix (for namespaces, interfaces, tables).</summary>
    public string Name(string role) => $"{role}-{Suffix}";

    /// <summary>A new namespace with loopback up; forwarding on when it routes.</summary>
    public async Task<string> NamespaceAsync(string role, bool forwarding = false)
    {
        var ns = Name(role);
        namespaces.Add(ns);
        await Commands.Runner.RunAsync("ip", ["netns", "add", ns]).ConfigureAwait(false);
        await Commands.IpAsync(ns, ["link", "set", "dev", "lo", "up"], default).ConfigureAwait(false);
        if (forwarding)
        {
            await Commands.SysctlAsync(ns, "net.ipv4.ip_forward", "1", default).ConfigureAwait(false);
            await Commands.SysctlAsync(ns, "net.ipv6.conf.all.forwarding", "1", default).ConfigureAwait(false);
        }

        return ns;
    }

    /// <summary>Adopts a namespace made by the code under test, so the lab removes it too.</summary>
    public void Adopt(string ns)
    {
        if (!namespaces.Contains(ns))
        {
            namespaces.Add(ns);
        }
    }

    /// <summary>A folder (such as /etc/netns/NS) removed with the lab.</summary>
    public void AdoptFolder(string path) => folders.Add(path);

    /// <summary>A veth pair between two lab namespaces, with addresses ("10.0.0.1/24", "2001:db8::1/64").</summary>
    public async Task LinkAsync(string nsA, string ifA, IEnumerable<string> addressesA, string nsB, string ifB, IEnumerable<string> addressesB)
    {
        if (!namespaces.Contains(nsA) || !namespaces.Contains(nsB))
        {
            throw new InvalidOperationException("the lab links only its own namespaces, never the host's");
        }

        await Commands.IpAsync(nsA, ["link", "add", ifA, "type", "veth", "peer", "name", ifB, "netns", nsB], default).ConfigureAwait(false);
        foreach (var (ns, name, addresses) in new[] { (nsA, ifA, addressesA), (nsB, ifB, addressesB) })
        {
            foreach (var address in addresses)
            {
                await AddressAsync(ns, name, address).ConfigureAwait(false);
            }

            await Commands.IpAsync(ns, ["link", "set", "dev", name, "up"], default).ConfigureAwait(false);
        }
    }

    /// <summary>An address; IPv6 without duplicate detection, so it is usable at once.</summary>
    public Task AddressAsync(string ns, string dev, string address) =>
        Commands.IpAsync(ns, address.Contains(':', StringComparison.Ordinal) ? ["address", "add", address, "dev", dev, "nodad"] : ["address", "add", address, "dev", dev], default);

    public Task RouteAsync(string ns, params string[] route) =>
        Commands.IpAsync(ns, [route.Any(r => r.Contains(':', StringComparison.Ordinal)) ? "-6" : "-4", "route", "replace", .. route], default);

    public Task<ProcessResult> ExecAsync(string ns, string program, params string[] arguments) =>
        Commands.ExecAsync(ns, program, arguments, default);

    /// <summary>Loads an nftables ruleset into a namespace.</summary>
    public async Task NftAsync(string ns, string ruleset)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, ruleset).ConfigureAwait(false);
            await Commands.NftAsync(ns, ["-f", file], default).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A long-running process inside a namespace (ended with the lab).</summary>
    public Process Start(string ns, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo("ip") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["netns", "exec", ns, program, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        processes.Add(process);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit -= OnExit;
            await TearDownAsync(Commands, namespaces, processes, folders).ConfigureAwait(false);
            File.Delete(Path.Combine(Marker, Suffix));
        }
    }

    private void OnExit(object? sender, EventArgs e)
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            TearDownAsync(Commands, namespaces, processes, folders).GetAwaiter().GetResult();
        }
    }

    private static async Task TearDownAsync(NetworkCommands commands, IEnumerable<string> namespaces, IEnumerable<Process> processes, IEnumerable<string> folders)
    {
        foreach (var process in processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // ended already
            }

            process.Dispose();
        }

        foreach (var ns in namespaces.Reverse())
        {
            await RemoveNamespaceAsync(commands, ns).ConfigureAwait(false);
        }

        foreach (var folder in folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RemoveNamespaceAsync(NetworkCommands commands, string ns)
    {
        if (!await commands.NamespaceExistsAsync(ns, default).ConfigureAwait(false))
        {
            return;
        }

        // only processes inside this lab namespace (wireguard-go, sleep): started by the lab or the code under test
        foreach (var pid in await commands.PidsAsync(ns, default).ConfigureAwait(false))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(3000);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // gone
            }
        }

        await commands.Runner.RunAsync("ip", ["netns", "del", ns], throwOnFailure: false).ConfigureAwait(false);
        var netnsEtc = Path.Combine("/etc/netns", ns);
        if (Directory.Exists(netnsEtc))
        {
            Directory.Delete(netnsEtc, recursive: true);
        }
    }

    // a run killed before its teardown leaves namespaces behind: remove those whose test process is gone
    private static async Task CleanStaleRunsAsync()
    {
        var commands = new NetworkCommands(new ProcessRunner());
        foreach (var marker in Directory.GetFiles(Marker))
        {
            var pid = int.TryParse(await File.ReadAllTextAsync(marker).ConfigureAwait(false), out var p) ? p : 0;
            if (pid > 0 && Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            var suffix = Path.GetFileName(marker);
            var list = await commands.Runner.RunAsync("ip", ["netns", "list"]).ConfigureAwait(false);
            foreach (var ns in list.StandardOutput.Split('\n').Select(l => l.Split(' ')[0]).Where(n => n.EndsWith("-" + suffix, StringComparison.Ordinal)))
            {
                await RemoveNamespaceAsync(commands, ns).ConfigureAwait(false);
            }

            File.Delete(marker);
        }
    }
}
