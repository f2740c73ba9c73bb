using System.Collections.Concurrent;
using Hearth.Library.Naming;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Scanning;

/// <summary>
/// Watches every library folder and, once a folder has been quiet for the debounce time (a copy in
/// progress keeps it busy), queues a scan of just that folder.
/// </summary>
public sealed class LibraryWatcher(ScanQueue queue, IDbContextFactory<LibraryDb> factory, IOptions<LibraryOptions> options, TimeProvider time, ILogger<LibraryWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<string, FileSystemWatcher> watchers = [];
    private readonly ConcurrentDictionary<(Guid Library, string Folder), long> pending = new();
    private volatile bool refreshWanted = true;

    /// <summary>Asks the watcher to pick up added or removed library folders.</summary>
    public void Refresh() => refreshWanted = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            return;
        }

        using var timer = new PeriodicTimer(Tick, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (refreshWanted)
                {
                    refreshWanted = false;
                    await RefreshAsync(stoppingToken).ConfigureAwait(false);
                }

                var quietSince = time.GetTimestamp() - (long)(options.Value.WatchDebounce.TotalSeconds * time.TimestampFrequency);
                // what is there before what is gone: the scan of a rename's new path finds the file that
                // vanished from the old one and keeps its item; the old path's scan then has nothing to remove
                var ready = pending.Where(p => p.Value <= quietSince).OrderBy(p => Path.Exists(p.Key.Folder) ? 0 : 1).ToList();
                foreach (var (key, last) in ready)
                {
                    if (pending.TryRemove(new KeyValuePair<(Guid, string), long>(key, last)))
                    {
                        queue.Enqueue(new ScanRequest(key.Library, key.Folder, "watch"));
                    }
                }
            }
        }
        finally
        {
            foreach (var watcher in watchers.Values)
            {
                watcher.Dispose();
            }
        }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var folders = await db.LibraryFolders.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        foreach (var gone in watchers.Keys.Except(folders.Select(f => f.Path)).ToList())
        {
            watchers[gone].Dispose();
            watchers.Remove(gone);
        }

        foreach (var folder in folders.Where(f => !watchers.ContainsKey(f.Path) && Directory.Exists(f.Path)))
        {
            try
            {
                watchers[folder.Path] = Start(folder);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // e.g. the inotify watch limit: the periodic rescan still covers this folder
                logger.LogWarning("Cannot watch {Folder}: {Reason}; it is covered by the periodic rescan", folder.Path, e.Message);
            }
        }
    }

    /// <summary>
    /// What to rescan for a changed path: the path itself (a video, a new folder, something deleted), so a
    /// new movie in a 100,000-file library is one small scan; for an NFO, image or subtitle, its folder,
    /// whose videos then pick up the new metadata.
    /// </summary>
    public static string? ScopeOf(string path) =>
        MediaFiles.IsSubtitle(path) || MediaFiles.IsImage(path) || IgnoreRules.IsIgnoreMarker(Path.GetFileName(path))
            || Path.GetExtension(path).Equals(".nfo", StringComparison.OrdinalIgnoreCase)
            ? Path.GetDirectoryName(path)
            : path;

    private FileSystemWatcher Start(LibraryFolder folder)
    {
        var watcher = new FileSystemWatcher(folder.Path)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size | NotifyFilters.LastWrite,
        };
        void Touch(string path) => pending[(folder.LibraryId, ScopeOf(path) ?? folder.Path)] = time.GetTimestamp();
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // events were lost (buffer overflow): only a scan of the whole folder is sure to catch up
            logger.LogWarning("Watching {Folder} lost events ({Reason}); scanning it whole", folder.Path, e.GetException().Message);
            pending[(folder.LibraryId, folder.Path)] = time.GetTimestamp();
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
