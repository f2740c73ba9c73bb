using Hearth.Library.Libraries;
using Hearth.Library.Probing;

namespace Hearth.Library.Scanning;

/// <summary>What reading one file's media gave: its info, or why it cannot be read.</summary>
/// <param name="Fingerprint">The content's fingerprint (see <see cref="ContentFingerprint"/>), taken with the probe.</param>
public sealed record ProbedFile(Guid FileId, MediaInfo? Info, FileFailure? Failure, string? Fingerprint);

/// <summary>
/// Reads one listed file's media: the probe, the subtitle files beside it, and its fingerprint; or names what
/// went wrong. The scan's probing and playback of a file not read yet both come here.
/// </summary>
public sealed class FileProbe(IMediaProber prober, TimeProvider time)
{
    /// <summary>How long a file written a moment ago is watched for a change before its failure is named.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <param name="size">The size the walk saw: a file that differs now is still being copied.</param>
    /// <param name="mtimeMs">The modification time the walk saw.</param>
    /// <param name="roots">The library's folders: no subtitle whose real path is outside them is taken.</param>
    /// <param name="folderFileNames">The names in the file's folder when the caller listed it already; null lists it.</param>
    public async Task<ProbedFile> ReadAsync(Guid fileId, string path, long size, long mtimeMs, LibraryRoots roots, IReadOnlyCollection<string>? folderFileNames, CancellationToken ct)
    {
        MediaInfo info;
        try
        {
            info = await prober.ProbeAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is MediaProbeException or IOException or UnauthorizedAccessException or Core.Processes.ExternalProcessException)
        {
            return new ProbedFile(fileId, null, await FailureAsync(path, size, mtimeMs, e, ct).ConfigureAwait(false), null);
        }

        var external = ExternalSubtitles.Find(path, roots, folderFileNames);
        if (external.Count > 0)
        {
            info = info with { Subtitles = [.. info.Subtitles, .. external] };
        }

        // read with the probe, so a later move or rename of this file is known by its content
        return new ProbedFile(fileId, info, null, ContentFingerprint.TryOf(path));
    }

    /// <summary>
    /// Names what went wrong. A file that changed since the walk, or changes within <see cref="Settle"/> of a
    /// recent write, is still being copied, whatever the probe made of its first part: that is the scan's
    /// stability check, and the next scan (or the watcher, once the copy ends) reads it again.
    /// </summary>
    private async Task<FileFailure> FailureAsync(string path, long size, long mtimeMs, Exception e, CancellationToken ct)
    {
        var failure = e switch
        {
            MediaProbeException probe => new FileFailure(probe.Kind, probe.Message, probe.Detail),
            FileNotFoundException or DirectoryNotFoundException => new FileFailure(ProbeFailure.Gone, "gone: the file was moved or deleted during the scan", e.Message),
            UnauthorizedAccessException => new FileFailure(ProbeFailure.NoAccess, "no access: Hearth is not allowed to read this file", e.Message),
            _ => new FileFailure(ProbeFailure.Unreadable, "cannot be read as a video", e.Message),
        };
        if (failure.Kind == ProbeFailure.Gone)
        {
            return failure;
        }

        var now = Stat(path);
        if (now is not null && now.Value.MtimeMs > time.GetUtcNow().ToUnixTimeMilliseconds() - (long)Settle.TotalMilliseconds)
        {
            await Task.Delay(Settle, time, ct).ConfigureAwait(false);
            now = Stat(path);
        }

        if (now is { } after && (after.Size != size || after.MtimeMs != mtimeMs))
        {
            var grew = after.Size != size ? $" (it went from {size:N0} to {after.Size:N0} bytes during the scan)" : string.Empty;
            return new FileFailure(ProbeFailure.StillCopying, "still being copied: the file is changing" + grew, failure.Detail ?? failure.Reason);
        }

        return failure;
    }

    private static (long Size, long MtimeMs)? Stat(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeMilliseconds()) : null;
    }
}
