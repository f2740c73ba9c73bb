using Hearth.Core.Access;
using Hearth.Core.Paths;
using Hearth.Library.Probing;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Libraries;

/// <param name="Metadata">What stands in the way of the library's online metadata, in a sentence a person can act on; null when nothing does.</param>
/// <param name="WriteNfo">Whether Hearth writes Kodi-format NFO files beside the videos after a match.</param>
/// <param name="Language">The language of the library's metadata and artwork; null when it follows the server's (Metadata:Language).</param>
public sealed record LibraryDto(Guid Id, string Name, string Kind, IReadOnlyList<string> Folders, int ItemCount, LastScanDto? LastScan, ScanProgress? Scanning, string? Metadata, bool WriteNfo, string? Language);

/// <summary>A change to a library's settings; absent fields stay as they are.</summary>
/// <param name="WriteNfo">Whether Hearth writes Kodi-format NFO files beside the videos.</param>
/// <param name="Language">The language of the library's metadata and artwork (BCP 47, "de-DE"); "" to follow the server's again.</param>
public sealed record LibraryUpdate(bool? WriteNfo, string? Language = null);

/// <summary>A scan's record. Every file seen is one of added, updated, moved, unchanged or failed; removed counts what was gone (not what moved).</summary>
public sealed record LastScanDto(string Status, long StartedMs, long? FinishedMs, int FilesSeen, int Added, int Updated, int Removed, int Failed, string? Error, int Unchanged, int Moved)
{
    public static LastScanDto From(ScanRun run) =>
        new(run.Status.Text(), run.StartedMs, run.FinishedMs, run.FilesSeen, run.Added, run.Updated, run.Removed, run.Failed, run.Error, run.Unchanged(), run.Moved);
}

public sealed record NewLibrary(string Name, string Kind, IReadOnlyList<string> Folders);

/// <summary>A file that could not be read: the sentence a person reads, its kind ("empty", "not media", "truncated", "still copying"…), and ffprobe's words.</summary>
public sealed record FailedFileDto(string Path, string? Reason, long ScannedMs, string? Kind, string? Detail);

/// <summary>Which libraries exist, their folders, and adding or removing one.</summary>
public sealed class LibraryCatalog(IDbContextFactory<LibraryDb> factory, LibraryWriter writer, ScanQueue queue, DataFolder data, TimeProvider time, Metadata.Refresh.MetadataStatus metadata) : ILibraryDirectory
{
    public async Task<IReadOnlyList<LibraryDto>> ListAsync(CallerAccess caller, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var filter = caller.LibraryFilter;
        var libraries = await db.Libraries.AsNoTracking().Include(l => l.Folders)
            .Where(l => filter == null || filter.Contains(l.Id))
            .OrderBy(l => l.Name).ToListAsync(ct).ConfigureAwait(false);
        var result = new List<LibraryDto>(libraries.Count);
        foreach (var library in libraries)
        {
            result.Add(await ToDtoAsync(db, library, ct).ConfigureAwait(false));
        }

        return result;
    }

    public async Task<LibraryDto?> GetAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var library = await db.Libraries.AsNoTracking().Include(l => l.Folders).FirstOrDefaultAsync(l => l.Id == id, ct).ConfigureAwait(false);
        return library is null ? null : await ToDtoAsync(db, library, ct).ConfigureAwait(false);
    }

    public async Task<bool> ExistsAsync(Guid libraryId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Libraries.AnyAsync(l => l.Id == libraryId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a library after checking its input; answers the problem in plain words when there is one.</summary>
    public async Task<(LibraryDto? Library, string? Problem)> CreateAsync(NewLibrary request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return (null, "A library needs a name.");
        }

        if (!Enum.TryParse<LibraryKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return (null, $"Kind must be 'movies' or 'shows', not '{request.Kind}'.");
        }

        if (request.Folders is not { Count: > 0 })
        {
            return (null, "A library needs at least one folder.");
        }

        var folders = new List<string>();
        foreach (var folder in request.Folders)
        {
            if (!Path.IsPathFullyQualified(folder))
            {
                return (null, $"Folder '{folder}' must be an absolute path.");
            }

            if (!Directory.Exists(folder))
            {
                return (null, $"Folder '{folder}' does not exist or cannot be read.");
            }

            if (LibraryFolderRules.Refusal(folder, data) is { } refusal)
            {
                return (null, refusal);
            }

            folders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        }

        var library = new MediaLibrary
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name.Trim(),
            Kind = kind,
            CreatedMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Folders = [.. folders.Distinct().Select(p => new LibraryFolder { Id = Guid.CreateVersion7(), Path = p })],
        };
        var problem = await writer.WriteAsync(
            async (db, token) =>
            {
                if (await db.Libraries.AnyAsync(l => l.Name == library.Name, token).ConfigureAwait(false))
                {
                    return $"A library named '{library.Name}' exists already.";
                }

                var paths = library.Folders.Select(f => f.Path).ToList();
                if (await db.LibraryFolders.AnyAsync(f => paths.Contains(f.Path), token).ConfigureAwait(false))
                {
                    return "One of these folders belongs to another library already.";
                }

                db.Libraries.Add(library);
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return null;
            },
            ct).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        queue.Enqueue(new ScanRequest(library.Id, null, "library added"));
        return (await GetAsync(library.Id, ct).ConfigureAwait(false), null);
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken ct) => writer.WriteAsync(
        async (db, token) => await db.Libraries.Where(l => l.Id == id).ExecuteDeleteAsync(token).ConfigureAwait(false) > 0,
        ct);

    public async Task<IReadOnlyList<FailedFileDto>> FailedFilesAsync(Guid id, int offset, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Files.AsNoTracking().Where(f => f.LibraryId == id && f.State == FileState.Failed)
            .OrderBy(f => f.Path).Skip(offset).Take(limit)
            .Select(f => new FailedFileDto(f.Path, f.Failure, f.ScannedMs, f.FailureKind == null ? null : f.FailureKind.Value.Text(), f.FailureDetail)).ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<int> FailedCountAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Files.CountAsync(f => f.LibraryId == id && f.State == FileState.Failed, ct).ConfigureAwait(false);
    }

    /// <summary>The most recent scans of a library, newest first: the history behind "last scan".</summary>
    public async Task<IReadOnlyList<LastScanDto>> ScanHistoryAsync(Guid id, int limit, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var runs = await db.ScanRuns.AsNoTracking().Where(s => s.LibraryId == id).OrderByDescending(s => s.StartedMs).Take(limit)
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. runs.Select(LastScanDto.From)];
    }

    private async Task<LibraryDto> ToDtoAsync(LibraryDb db, MediaLibrary library, CancellationToken ct)
    {
        var top = library.Kind == LibraryKind.Movies ? ItemKind.Movie : ItemKind.Show;
        var count = await db.Items.CountAsync(i => i.LibraryId == library.Id && i.Kind == top, ct).ConfigureAwait(false);
        var last = await db.ScanRuns.AsNoTracking().Where(s => s.LibraryId == library.Id && s.FinishedMs != null)
            .OrderByDescending(s => s.StartedMs).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return new LibraryDto(
            library.Id,
            library.Name,
            library.Kind.ToString().ToLowerInvariant(),
            [.. library.Folders.Select(f => f.Path)],
            count,
            last is null ? null : LastScanDto.From(last),
            queue.Progress(library.Id),
            metadata.Sentence(library.Kind),
            library.WriteNfo,
            library.Language);
    }

    /// <summary>Changes a library's settings; null when there is no such library.</summary>
    public async Task<LibraryDto?> UpdateAsync(Guid id, LibraryUpdate update, CancellationToken ct)
    {
        var found = await writer.WriteAsync(
            async (db, token) =>
            {
                var library = await db.Libraries.FirstOrDefaultAsync(l => l.Id == id, token).ConfigureAwait(false);
                if (library is null)
                {
                    return false;
                }

                library.WriteNfo = update.WriteNfo ?? library.WriteNfo;
                if (update.Language is { } language)
                {
                    library.Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
                }

                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return true;
            },
            ct).ConfigureAwait(false);
        return found ? await GetAsync(id, ct).ConfigureAwait(false) : null;
    }
}
