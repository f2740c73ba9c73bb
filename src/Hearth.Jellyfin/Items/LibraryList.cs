using Hearth.Core.Access;
using Hearth.Library.Libraries;
using Hearth.Library.Store;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// The libraries, read once per write to the library store and filtered per caller: every Jellyfin list request names
/// its view by a library id, and the catalog's listing counts each library's items, which at tens of thousands of
/// films costs more than the page asked for.
/// </summary>
internal sealed class LibraryList(LibraryCatalog catalog, LibraryWriter writer)
{
    private static readonly CallerAccess Everyone = new(Guid.Empty, string.Empty, IsAdmin: true, AllLibraries: true, new HashSet<Guid>());
    private volatile Snapshot? last;

    public async Task<IReadOnlyList<LibraryDto>> ForAsync(CallerAccess caller, CancellationToken ct)
    {
        var version = writer.ItemsVersion;
        var known = last;
        if (known is null || known.Version != version)
        {
            known = new Snapshot(version, await catalog.ListAsync(Everyone, ct).ConfigureAwait(false));
            last = known;
        }

        return [.. known.Libraries.Where(l => caller.CanSee(l.Id))];
    }

    private sealed record Snapshot(long Version, IReadOnlyList<LibraryDto> Libraries);
}
