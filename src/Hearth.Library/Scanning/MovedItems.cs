using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>
/// The items that moved files belonged to, for one import batch: a moved file's movie, episode or extra (and
/// an episode's show) is taken under its new key, keeping its id, when everything under it moved too. An
/// item that still has a file left where it was (one version of two moved away, one episode moved to
/// another show) stays as it is, and the moved file gets the item its new name says.
/// </summary>
internal sealed class MovedItems
{
    public static readonly MovedItems None = new([], [], [], []);

    private readonly Dictionary<Guid, Item> byFile;
    private readonly Dictionary<Guid, Item> shows;
    private readonly HashSet<Guid> blocked;
    private readonly ILookup<Guid, Item> seasons;
    private readonly HashSet<Guid> adopted = [];

    private MovedItems(Dictionary<Guid, Item> byFile, Dictionary<Guid, Item> shows, HashSet<Guid> blocked, IEnumerable<Item> seasons)
    {
        this.byFile = byFile;
        this.shows = shows;
        this.blocked = blocked;
        this.seasons = seasons.Where(s => s.ShowId is not null).ToLookup(s => s.ShowId!.Value);
    }

    /// <param name="files">The batch's moved files, already at their new paths, still pointing at their old items.</param>
    public static async Task<MovedItems> LoadAsync(LibraryDb db, IReadOnlyList<MediaFile> files, IReadOnlySet<Guid> moved, CancellationToken ct)
    {
        var withItems = files.Where(f => f.ItemId is not null).ToList();
        if (withItems.Count == 0)
        {
            return None;
        }

        var itemIds = withItems.Select(f => f.ItemId!.Value).Distinct().ToList();
        var items = await db.Items.Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
        var showIds = items.Values.Where(i => i.ShowId is not null).Select(i => i.ShowId!.Value).Distinct().ToList();
        var shows = await db.Items.Where(i => showIds.Contains(i.Id) && i.Kind == ItemKind.Show).ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
        var movedIds = moved.ToList();

        // an item or show keeps its key while any file under it did not move
        var blocked = await db.Files.Where(f => f.ItemId != null && itemIds.Contains(f.ItemId.Value) && !movedIds.Contains(f.Id))
            .Select(f => f.ItemId!.Value).Distinct().ToListAsync(ct).ConfigureAwait(false);
        var blockedShows = await db.Files.Where(f => !movedIds.Contains(f.Id))
            .Join(db.Items.Where(i => i.ShowId != null && showIds.Contains(i.ShowId.Value)), f => f.ItemId, i => (Guid?)i.Id, (f, i) => i.ShowId!.Value)
            .Distinct().ToListAsync(ct).ConfigureAwait(false);
        var seasons = await db.Items.Where(i => i.Kind == ItemKind.Season && i.ShowId != null && showIds.Contains(i.ShowId.Value)).ToListAsync(ct).ConfigureAwait(false);

        var byFile = withItems.Where(f => items.ContainsKey(f.ItemId!.Value)).ToDictionary(f => f.Id, f => items[f.ItemId!.Value]);
        return new MovedItems(byFile, shows, [.. blocked, .. blockedShows], seasons);
    }

    /// <summary>The item a moved file had before this import, or null for any other file.</summary>
    public Item? ItemOf(MediaFile file) => byFile.GetValueOrDefault(file.Id);

    public Item? ShowOf(Item? item) => item?.ShowId is { } id ? shows.GetValueOrDefault(id) : null;

    /// <summary>The seasons of a show taken under a new key: they follow it.</summary>
    public IEnumerable<Item> SeasonsOf(Item show) => adopted.Contains(show.Id) ? seasons[show.Id] : [];

    /// <summary>Whether the item may take a new key: nothing under it stayed behind, and it has not taken one already.</summary>
    public bool Adopt(Item item) => !blocked.Contains(item.Id) && adopted.Add(item.Id);
}
