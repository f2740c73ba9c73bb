using Hearth.Core.Processes;

namespace Hearth.Cli;

/// <summary>
/// ffmpeg and ffprobe are needed to read and play media. When they are missing and we may install
/// (root, or sudo without a password), we install them with the system's package manager; otherwise
/// we stop and print the exact command to run.
/// </summary>
internal static class Prerequisites
{
    private static readonly (string Manager, string[] Install, string[]? Refresh)[] Managers =
    [
        ("apt-get", ["apt-get", "install", "-y", "--no-install-recommends", "ffmpeg"], ["apt-get", "update"]),
        ("dnf", ["dnf", "install", "-y", "ffmpeg"], null),
        ("pacman", ["pacman", "-S", "--noconfirm", "ffmpeg"], null),
        ("apk", ["apk", "add", "ffmpeg"], null),
    ];

    public static async Task<bool> EnsureAsync(TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var runner = new ProcessRunner();
        if (await HasAsync(runner, "ffmpeg", ct).ConfigureAwait(false) && await HasAsync(runner, "ffprobe", ct).ConfigureAwait(false))
        {
            return true;
        }

        var manager = Managers.FirstOrDefault(m => OnPath(m.Manager));
        if (manager.Manager is null)
        {
            await errors.WriteLineAsync("ffmpeg and ffprobe are needed but missing, and no known package manager was found. Install ffmpeg, then run ./hearth up again.").ConfigureAwait(false);
            return false;
        }

        var prefix = Environment.UserName == "root" ? Array.Empty<string>() : await CanSudoAsync(runner, ct).ConfigureAwait(false) ? ["sudo", "-n"] : null;
        if (prefix is null)
        {
            await errors.WriteLineAsync($"ffmpeg and ffprobe are needed but missing. Install them with:\n  sudo {string.Join(' ', manager.Install)}\nthen run ./hearth up again.").ConfigureAwait(false);
            return false;
        }

        await output.WriteLineAsync($"Installing ffmpeg with {manager.Manager}…").ConfigureAwait(false);
        Environment.SetEnvironmentVariable("DEBIAN_FRONTEND", "noninteractive");
        var install = await TryAsync(runner, [.. prefix, .. manager.Install], ct).ConfigureAwait(false);
        if (!install && manager.Refresh is not null)
        {
            // a fresh machine may have no package lists yet
            await TryAsync(runner, [.. prefix, .. manager.Refresh], ct).ConfigureAwait(false);
            install = await TryAsync(runner, [.. prefix, .. manager.Install], ct).ConfigureAwait(false);
        }

        if (!install || !await HasAsync(runner, "ffprobe", ct).ConfigureAwait(false))
        {
            await errors.WriteLineAsync($"Installing ffmpeg failed. Try it by hand:\n  sudo {string.Join(' ', manager.Install)}").ConfigureAwait(false);
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
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
