using Hearth.Access.Setup;
using Hearth.Access.Users;
using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Library.Libraries;
using Hearth.Library.Scanning;
using Microsoft.Extensions.Options;

namespace Hearth.Web;

/// <summary>What `hearth up` does before it says it is ready: libraries from the command line, the demo, the setup token.</summary>
public sealed class StartupTasks(LibraryCatalog catalog, ScanQueue queue, UserService users, SetupToken setup, DataFolder data, ProcessRunner runner, IOptions<MediaToolsOptions> tools, TimeProvider time)
{
    private static readonly CallerAccess System = new(Guid.Empty, "system", true, true, new HashSet<Guid>());

    /// <summary>Adds each --library folder not already in a library; makes the demo when there is no library at all.</summary>
    public async Task<bool> SeedLibrariesAsync(ServerSettings settings, TextWriter console, CancellationToken ct)
    {
        var existing = await catalog.ListAsync(System, ct).ConfigureAwait(false);
        var known = existing.SelectMany(l => l.Folders).ToHashSet();
        foreach (var seed in settings.Libraries.Where(s => !known.Contains(Path.TrimEndingDirectorySeparator(s.Path))))
        {
            var name = await FreeNameAsync(seed.Kind == "movies" ? "Movies" : "Shows", ct).ConfigureAwait(false);
            var (_, problem) = await catalog.CreateAsync(new NewLibrary(name, seed.Kind, [seed.Path]), ct).ConfigureAwait(false);
            if (problem is not null)
            {
                throw new InvalidOperationException($"--library {seed.Kind}:{seed.Path}: {problem}");
            }

            await console.WriteLineAsync($"Added library {name} ({seed.Path})").ConfigureAwait(false);
        }

        if (!settings.Demo || settings.Libraries.Count > 0 || existing.Count > 0)
        {
            return false;
        }

        await console.WriteLineAsync("No library yet: making a demo library (a few short clips) so you can press play…").ConfigureAwait(false);
        var demo = new DemoLibrary(runner, time, tools.Value.Ffmpeg);
        var paths = await demo.EnsureAsync(data.Demo, new Progress<string>(line => console.WriteLine("  " + line)), ct).ConfigureAwait(false);
        await catalog.CreateAsync(new NewLibrary("Demo Movies", "movies", [paths.Movies]), ct).ConfigureAwait(false);
        await catalog.CreateAsync(new NewLibrary("Demo Shows", "shows", [paths.Shows]), ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Waits until no scan is queued or running (the demo's first scan), within a limit.</summary>
    public async Task WaitForScansAsync(TimeSpan limit, CancellationToken ct)
    {
        var libraries = await catalog.ListAsync(System, ct).ConfigureAwait(false);
        var until = time.GetUtcNow() + limit;
        while (time.GetUtcNow() < until && libraries.Any(l => queue.IsQueued(l.Id) || queue.Progress(l.Id) is not null))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>On a server with no account, prints where and with what token to create the admin.</summary>
    public async Task AnnounceSetupAsync(string url, TextWriter console, CancellationToken ct)
    {
        if (await users.AnyAsync(ct).ConfigureAwait(false))
        {
            // a token left by an older version or a crash would still sit there, readable and pointless
            setup.Consume();
            return;
        }

        var token = setup.Ensure();
        await console.WriteLineAsync($"First start: open {url} and create the admin account with this one-time setup token: {token}").ConfigureAwait(false);
        await console.WriteLineAsync($"  (it is also in {data.SetupToken}; or use `hearth user add NAME --admin --password-stdin`)").ConfigureAwait(false);
    }

    private async Task<string> FreeNameAsync(string wanted, CancellationToken ct)
    {
        var names = (await catalog.ListAsync(System, ct).ConfigureAwait(false)).Select(l => l.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = wanted;
        for (var n = 2; names.Contains(name); n++)
        {
            name = $"{wanted} {n}";
        }

        return name;
    }
}
