using Hearth.Core.Processes;

namespace Hearth.Cli;

/// <summary>
/// External programs Hearth needs: ffmpeg and ffprobe to read and play media; for `up --vpn`, WireGuard
/// (wg, wireguard-go), nftables and iproute2; qbittorrent-nox for the download client Hearth runs. When they are missing and we may install (root, or sudo
/// without a password), we install them with the system's package manager; otherwise we stop and print
/// the exact command to run.
/// </summary>
internal static class Prerequisites
{
    private sealed record Need(string What, string[] Programs, Dictionary<string, string[]> Packages, bool Optional = false)
    {
        /// <summary>What happens without it, ending the message that it is missing.</summary>
        public string Without => Optional ? "Hearth starts without its own download client (grabs go to a client you add, or to the blackhole folder)." : "Install it, then run hearth again.";
    }

    private static readonly Need Media = new("ffmpeg", ["ffmpeg", "ffprobe"], new()
    {
        ["apt-get"] = ["ffmpeg"],
        ["dnf"] = ["ffmpeg"],
        ["pacman"] = ["ffmpeg"],
        ["apk"] = ["ffmpeg"],
    });

    private static readonly Need Egress = new("WireGuard, nftables and iproute2", ["wg", "wireguard-go", "nft", "ip", "sysctl"], new()
    {
        ["apt-get"] = ["wireguard-tools", "wireguard-go", "nftables", "iproute2", "procps"],
        ["dnf"] = ["wireguard-tools", "wireguard-go", "nftables", "iproute", "procps-ng"],
        ["pacman"] = ["wireguard-tools", "wireguard-go", "nftables", "iproute2", "procps-ng"],
        ["apk"] = ["wireguard-tools", "wireguard-go", "nftables", "iproute2", "procps"],
    });

    private static readonly Need Torrent = new("qBittorrent (qbittorrent-nox)", ["qbittorrent-nox"], new()
    {
        ["apt-get"] = ["qbittorrent-nox"],
        ["dnf"] = ["qbittorrent-nox"],
        ["pacman"] = ["qbittorrent-nox"],
        ["apk"] = ["qbittorrent-nox"],
    }, Optional: true);

    /// <summary>qbittorrent-nox for the download client Hearth runs; not having it is a warning, not a stop.</summary>
    public static Task<bool> EnsureTorrentClientAsync(TextWriter output, TextWriter errors, CancellationToken ct) => EnsureAsync(Torrent, output, errors, ct);

    public static Task<bool> EnsureAsync(TextWriter output, TextWriter errors, CancellationToken ct) => EnsureAsync(Media, output, errors, ct);

    public static Task<bool> EnsureEgressAsync(TextWriter output, TextWriter errors, CancellationToken ct) => EnsureAsync(Egress, output, errors, ct);

    private static async Task<bool> EnsureAsync(Need need, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var runner = new ProcessRunner();
        if (need.Programs.All(OnPath) && (need != Media || await HasAsync(runner, "ffmpeg", ct).ConfigureAwait(false) && await HasAsync(runner, "ffprobe", ct).ConfigureAwait(false)))
        {
            return true;
        }

        var manager = need.Packages.Keys.FirstOrDefault(OnPath);
        if (manager is null)
        {
            await errors.WriteLineAsync($"{need.What} ({string.Join(", ", need.Programs)}) are missing, and no known package manager was found. {need.Without}").ConfigureAwait(false);
            return false;
        }

        string[] install = manager switch
        {
            "apt-get" => ["apt-get", "install", "-y", "--no-install-recommends", .. need.Packages[manager]],
            "dnf" => ["dnf", "install", "-y", .. need.Packages[manager]],
            "pacman" => ["pacman", "-S", "--noconfirm", .. need.Packages[manager]],
            _ => ["apk", "add", .. need.Packages[manager]],
        };
        string[]? refresh = manager == "apt-get" ? ["apt-get", "update"] : null;
        var prefix = Environment.UserName == "root" ? Array.Empty<string>() : await CanSudoAsync(runner, ct).ConfigureAwait(false) ? ["sudo", "-n"] : null;
        if (prefix is null)
        {
            await errors.WriteLineAsync($"{need.What} are missing. Install them with:\n  sudo {string.Join(' ', install)}\n{need.Without}").ConfigureAwait(false);
            return false;
        }

        await output.WriteLineAsync($"Installing {need.What} with {manager}…").ConfigureAwait(false);
        Environment.SetEnvironmentVariable("DEBIAN_FRONTEND", "noninteractive");
        var installed = await TryAsync(runner, [.. prefix, .. install], ct).ConfigureAwait(false);
        if (!installed && refresh is not null)
        {
            // a fresh machine may have no package lists yet
            await TryAsync(runner, [.. prefix, .. refresh], ct).ConfigureAwait(false);
            installed = await TryAsync(runner, [.. prefix, .. install], ct).ConfigureAwait(false);
        }

        if (!installed || !need.Programs.All(OnPath))
        {
            await errors.WriteLineAsync($"Installing {need.What} failed. Try it by hand:\n  sudo {string.Join(' ', install)}\n{(need.Optional ? need.Without : string.Empty)}").ConfigureAwait(false);
            return false;
        }

        return true;
    }

    private static async Task<bool> HasAsync(ProcessRunner runner, string program, CancellationToken ct) =>
        OnPath(program) && await TryAsync(runner, [program, "-version"], ct).ConfigureAwait(false);

    private static Task<bool> CanSudoAsync(ProcessRunner runner, CancellationToken ct) =>
        OnPath("sudo") ? TryAsync(runner, ["sudo", "-n", "true"], ct) : Task.FromResult(false);

    private static async Task<bool> TryAsync(ProcessRunner runner, string[] command, CancellationToken ct)
    {
        try
        {
            var result = await runner.RunAsync(command[0], command[1..], TimeSpan.FromMinutes(15), throwOnFailure: false, ct).ConfigureAwait(false);
            return result.ExitCode == 0;
        }
        catch (ExternalProcessException)
        {
            return false;
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/sbin", "/sbin"])
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
