using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Hearth.Core.Paths;
using Hearth.Library.Items;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Images;

public enum ImageKind
{
    Poster,
    Backdrop,
    Thumb,
    Logo,
}

/// <summary>
/// Finds the picture for an item (its own, else its show's, else a frame grabbed from the video) and
/// keeps resized copies on disk, so each size is made once however many clients ask. A picture or video
/// whose real path is no longer inside the item's library (swapped for a link since the scan) is not used.
/// </summary>
public sealed class ImageStore(IDbContextFactory<LibraryDb> factory, ItemQueries queries, DataFolder data, ImageResizer resizer, ThumbnailMaker thumbnails, Metadata.Store.MetadataPaths downloads)
{
    private readonly ConcurrentDictionary<string, Lazy<Task>> making = new();

    public async Task<string?> SourceAsync(Item item, ImageKind kind, CancellationToken ct)
    {
        var own = kind switch
        {
            ImageKind.Poster => item.PosterPath,
            ImageKind.Backdrop => item.BackdropPath,
            ImageKind.Thumb => item.ThumbPath,
            _ => item.LogoPath,
        };
        // a picture is served from the library's folders, or from the data folder where Hearth downloaded it
        if (own is not null && File.Exists(own) && (downloads.IsDownloaded(own) || (await queries.RootsAsync(item.LibraryId, ct).ConfigureAwait(false)).Contains(own)))
        {
            return own;
        }

        if (item.ShowId is { } showId && kind is ImageKind.Poster or ImageKind.Backdrop or ImageKind.Logo)
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var show = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == showId, ct).ConfigureAwait(false);
            // an episode's poster is a frame of its own (below), never its show's; its backdrop is the show's
            if (show is not null && (item.Kind != ItemKind.Episode || kind != ImageKind.Poster))
            {
                return await SourceAsync(show, kind, ct).ConfigureAwait(false);
            }
        }

        return kind == ImageKind.Thumb || (kind == ImageKind.Poster && item.Kind == ItemKind.Episode)
            ? await GrabbedFrameAsync(item, ct).ConfigureAwait(false)
            : null;
    }

    /// <summary>The source itself when no size is asked, else a cached JPEG that fits the box.</summary>
    public async Task<string> SizedAsync(string source, int? maxWidth, int? maxHeight, int quality, CancellationToken ct)
    {
        if (maxWidth is null && maxHeight is null)
        {
            return source;
        }

        var stamp = File.GetLastWriteTimeUtc(source).Ticks;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{source}|{stamp}|{maxWidth}|{maxHeight}|{quality}")))[..32];
        var target = Path.Combine(data.ImageCache, key[..2], key + ".jpg");
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await OnceAsync(target, () => resizer.ResizeAsync(source, target, maxWidth, maxHeight, quality, CancellationToken.None)).WaitAsync(ct).ConfigureAwait(false);
        }

        return target;
    }

    private async Task<string?> GrabbedFrameAsync(Item item, CancellationToken ct)
    {
        if (item.Kind is not (ItemKind.Movie or ItemKind.Episode or ItemKind.Extra))
        {
            return null;
        }

        var target = Path.Combine(data.Thumbnails, item.Id.ToString("N")[..2], item.Id.ToString("N") + ".jpg");
        if (File.Exists(target))
        {
            return target;
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var video = await db.Files.AsNoTracking().Where(f => f.ItemId == item.Id && f.State != FileState.Failed).Select(f => f.Path).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (video is null || !File.Exists(video) || !(await queries.RootsAsync(item.LibraryId, ct).ConfigureAwait(false)).Contains(video))
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // a tenth of the way in skips studio logos and black openings
        var at = item.RuntimeMs is > 0 ? item.RuntimeMs.Value / 10000.0 : 1;
        await OnceAsync(target, () => thumbnails.MakeAsync(video, target, at, 640, CancellationToken.None)).WaitAsync(ct).ConfigureAwait(false);
        return File.Exists(target) ? target : null;
    }

    // Two requests for the same new size share one ffmpeg run.
    private Task OnceAsync(string target, Func<Task> make)
    {
        var lazy = making.GetOrAdd(target, key => new Lazy<Task>(async () =>
        {
            try
            {
                await make().ConfigureAwait(false);
            }
            finally
            {
                making.TryRemove(key, out _);
            }
        }));
        return lazy.Value;
    }
}
