using System.Diagnostics;
using Hearth.Library.Store;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Scanning;

/// <summary>A scan's counts for its run record, reported to the queue for the API and to the log every few seconds.</summary>
internal sealed class ScanTracker(ScanQueue queue, ILogger logger, MediaLibrary library, ScanRun run, string reason) : IProbeProgress
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch sinceLog = Stopwatch.StartNew();

    // the files this run listed unread, by how they were counted: a failed probe moves one to the failed count
    private readonly Dictionary<Guid, Listing> unread = [];
    private int toProcess;
    private int processed;
    private int toProbe;
    private int probed;
    private string phase = "walking";

    public void Seen(string path)
    {
        run.FilesSeen++;
        if ((run.FilesSeen & 1023) == 0)
        {
            Report(path);
        }
    }

    public void Queue(int count)
    {
        toProcess += count;
        phase = "importing";
        Report(null);
    }

    public void Processed(FoundFile file)
    {
        Interlocked.Increment(ref processed);
        Report(file.Path);
    }

    /// <summary>A file was removed, changed or broke: some item may be left with nothing under it.</summary>
    public bool MayHaveOrphans { get; private set; }

    public void Imported(ImportCounts counts, bool refresh)
    {
        // a refresh re-reads sidecars of unchanged files: the same file keeps the same item
        // a moved episode may leave its old season or show empty
        MayHaveOrphans |= counts.Moved > 0 || (counts.Updated > 0 && !refresh);
        run.Added += counts.Added;
        run.Moved += counts.Moved;
        run.Updated += counts.Updated;
        foreach (var (id, listing) in counts.Unread)
        {
            unread[id] = listing;
        }
    }

    public void ToProbe(int count)
    {
        toProbe = count;
        phase = "probing";
        Report(null);
    }

    public void Probed(int count, ProbeWrite written)
    {
        probed += count;
        foreach (var id in written.Failed)
        {
            // a file listed a moment ago that turns out unreadable: failed, not added (nor updated, nor moved)
            run.Failed++;
            if (!unread.Remove(id, out var listing))
            {
                continue;
            }

            if (listing == Listing.Added)
            {
                run.Added--;
            }
            else if (listing == Listing.Updated)
            {
                run.Updated--;
            }
            else
            {
                run.Moved--;
            }
        }

        // an item whose only file could not be read has nothing under it now
        MayHaveOrphans |= written.Failed.Count > 0;
        Report(null);
    }

    public void StillFailed() => run.Failed++;

    public void Removed(int count)
    {
        run.Removed += count;
        MayHaveOrphans |= count > 0;
    }

    private void Report(string? current)
    {
        queue.Report(new ScanProgress(library.Id, phase, run.FilesSeen, toProcess, processed, run.Failed, current, run.StartedMs, reason) { ToProbe = toProbe, Probed = probed });
        if (sinceLog.Elapsed > ProgressInterval)
        {
            sinceLog.Restart();
            logger.LogInformation(
                "Scanning {Library}: {Phase}, {Seen} {Files} seen, {Processed}/{ToProcess} listed, {Probed}/{ToProbe} read",
                library.Name, phase, run.FilesSeen, LibraryScanner.Files(run.FilesSeen), processed, toProcess, probed, toProbe);
        }
    }
}
