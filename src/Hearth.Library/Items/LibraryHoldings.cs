using Hearth.Core.Media;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Items;

/// <summary>
/// Every film and show of every library with its ids and readable files, for the automation's catalog (two
/// queries, whatever the size). A file that failed to read is left out: it holds nothing the household can watch.
/// </summary>
internal sealed class LibraryHoldings(IDbContextFactory<LibraryDb> factory, ScanQueue scans) : ILibraryHoldings
{
    public long Version => scans.FinishedCount;

    public async Task<IReadOnlyList<HeldTitle>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var titles = await db.Items.AsNoTracking()
            .Where(i => i.Kind == ItemKind.Movie || i.Kind == ItemKind.Show)
            .Select(i => new { i.Id, i.Kind, i.Title, i.Year, i.ProviderIdsJson })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var files = await (
            from f in db.Files.AsNoTracking()
            join i in db.Items.AsNoTracking() on f.ItemId equals i.Id
            where f.State != FileState.Failed && (i.Kind == ItemKind.Movie || i.Kind == ItemKind.Episode)
            select new { f.Path, f.Size, Owner = i.Kind == ItemKind.Movie ? i.Id : i.ShowId, i.Height, i.ParentIndexNumber, i.IndexNumber, i.IndexNumberEnd })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byOwner = files.Where(f => f.Owner is not null).ToLookup(f => f.Owner!.Value);
        return titles.Select(t => new HeldTitle(
                t.Id,
                t.Kind == ItemKind.Movie ? HoldingKind.Movie : HoldingKind.Show,
                t.Title,
                t.Year,
                ItemFields.ProviderIds(new Item { Key = string.Empty, Title = t.Title, SortTitle = string.Empty, ProviderIdsJson = t.ProviderIdsJson }),
                byOwner[t.Id].OrderBy(f => f.Path, StringComparer.Ordinal)
                    .Select(f => new HeldFile(f.Path, f.Size, f.Height, t.Kind == ItemKind.Show ? f.ParentIndexNumber : null, Episodes(f.IndexNumber, f.IndexNumberEnd)))
                    .ToList()))
            .ToList();
    }

    private static IReadOnlyList<int> Episodes(int? first, int? last) => first switch
    {
        null => [],
        { } a when last is { } b && b > a && b - a < 100 => Enumerable.Range(a, b - a + 1).ToList(),
        { } a => [a],
    };
}
