using Hearth.Core.Processes;

namespace Hearth.Egress.Namespaces;

/// <summary>
/// `ip`, `nft`, `wg`, `sysctl` and `wireguard-go` run through the one process runner, either in this
/// process's namespace or, with `ip -n` / `ip netns exec`, in a named one.
/// </summary>
public sealed class NetworkCommands(ProcessRunner runner)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public ProcessRunner Runner => runner;

    /// <summary>`ip -n NS …` (or plain `ip …` for the own namespace).</summary>
    public Task<ProcessResult> IpAsync(string? ns, IReadOnlyList<string> arguments, CancellationToken ct, bool throwOnFailure = true) =>
        runner.RunAsync("ip", ns is null ? arguments : ["-n", ns, .. arguments], Limit, throwOnFailure, ct);

    /// <summary>Any program inside the namespace: `ip netns exec NS program …`.</summary>
    public Task<ProcessResult> ExecAsync(string? ns, string program, IReadOnlyList<string> arguments, CancellationToken ct, bool throwOnFailure = true) =>
        ns is null
            ? runner.RunAsync(program, arguments, Limit, throwOnFailure, ct)
            : runner.RunAsync("ip", ["netns", "exec", ns, program, .. arguments], Limit, throwOnFailure, ct);

    public Task<ProcessResult> NftAsync(string? ns, IReadOnlyList<string> arguments, CancellationToken ct, bool throwOnFailure = true) =>
        ExecAsync(ns, "nft", arguments, ct, throwOnFailure);

    public Task<ProcessResult> WgAsync(string? ns, IReadOnlyList<string> arguments, CancellationToken ct, bool throwOnFailure = true) =>
        ExecAsync(ns, "wg", arguments, ct, throwOnFailure);

    public Task<ProcessResult> SysctlAsync(string? ns, string key, string value, CancellationToken ct) =>
        ExecAsync(ns, "sysctl", ["-q", "-w", $"{key}={value}"], ct);

    public async Task<bool> NamespaceExistsAsync(string ns, CancellationToken ct)
    {
        var list = await runner.RunAsync("ip", ["netns", "list"], Limit, cancellationToken: ct).ConfigureAwait(false);
        return list.StandardOutput.Split('\n').Any(line => line.Split(' ')[0] == ns);
    }

    public async Task<bool> LinkExistsAsync(string? ns, string name, CancellationToken ct) =>
        (await IpAsync(ns, ["link", "show", "dev", name], ct, throwOnFailure: false).ConfigureAwait(false)).ExitCode == 0;

    /// <summary>The process ids inside a namespace (`ip netns pids`).</summary>
    public async Task<IReadOnlyList<int>> PidsAsync(string ns, CancellationToken ct)
    {
        var result = await runner.RunAsync("ip", ["netns", "pids", ns], Limit, throwOnFailure: false, ct).ConfigureAwait(false);
        return [.. result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => int.TryParse(p, out var pid) ? pid : 0).Where(p => p > 0)];
    }

    /// <summary>The pids in the namespace whose program is <paramref name="comm"/> (as /proc/PID/comm names it).</summary>
    public async Task<IReadOnlyList<int>> PidsNamedAsync(string ns, string comm, CancellationToken ct)
    {
        var pids = await PidsAsync(ns, ct).ConfigureAwait(false);
        return [.. pids.Where(pid => ReadComm(pid) == comm)];
    }

    private static string? ReadComm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
