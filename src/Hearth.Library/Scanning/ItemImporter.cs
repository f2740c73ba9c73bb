using System.Text.Json;
using Hearth.Core.Storage;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Probing;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Scanning;

/// <summary>What a batch did to each of its files: one of these, so they add up to the batch.</summary>
public sealed record ImportCounts(int Added, int Updated)
{
    /// <summary>Files that came from another path (counted here, not as updated): their items were kept.</summary>
    public int Moved { get; init; }

    /// <summary>
    /// The files listed without their media, by how they were counted: a probe that then fails takes its file back
    /// from that count into the failed ones.
    /// </summary>
    public IReadOnlyDictionary<Guid, Listing> Unread { get; init; } = new Dictionary<Guid, Listing>();
}

/// <summary>How an import counted a file.</summary>
public enum Listing
{
    Added,
    Updated,
    Moved,
}

/// <summary>
/// Turns a planned batch into rows in one transaction: the files, and the movie, show, season, episode
/// or extra each belongs to, found again by its naming key so a rescan updates rather than duplicates.
/// </summary>
public sealed class ItemImporter(LibraryWriter writer, TimeProvider time, MetadataPaths paths)
{
    /// <param name="moved">
    /// Files the scan found at a new path and already re-pointed there (see <see cref="MoveFinder"/>): their
    /// items take the new names' keys and keep their ids, so watch states, positions and favourites stay.
    /// </param>
    public Task<ImportCounts> ApplyAsync(MediaLibrary library, ImportBatch batch, CancellationToken cancellationToken, IReadOnlySet<Guid>? moved = null) =>
        writer.WriteAsync((db, ct) => new Transaction(db, library, time.GetUtcNow().ToUnixTimeMilliseconds(), moved ?? new HashSet<Guid>(), paths).RunAsync(batch, ct), cancellationToken);

    private sealed class Transaction(LibraryDb db, MediaLibrary library, long now, IReadOnlySet<Guid> moved, MetadataPaths paths)
    {
        private readonly Dictionary<Guid, string> infos = [];

        // rows this batch makes, written by RowInserter rather than tracked: the tracker is most of a listing's cost
        private readonly List<Item> newItems = [];
        private readonly List<MediaFile> newFiles = [];
        private readonly List<ItemMetadata> newRecords = [];

        // the online-metadata records of the items this batch may touch: their locks, and what the NFO supplied
        private Dictionary<Guid, ItemMetadata> records = [];
        private Dictionary<string, Item> items = [];
        private MovedItems previous = MovedItems.None;

        public async Task<ImportCounts> RunAsync(ImportBatch batch, CancellationToken ct)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var paths = batch.Plans.Select(p => p.File.Path).ToList();
            var files = await db.Files.Where(f => paths.Contains(f.Path)).ToDictionaryAsync(f => f.Path, ct).ConfigureAwait(false);
            var keys = batch.Plans.SelectMany(KeysOf).Distinct().ToList();
            items = await db.Items.Where(i => i.LibraryId == library.Id && keys.Contains(i.Key)).ToDictionaryAsync(i => i.Key, ct).ConfigureAwait(false);
            previous = await MovedItems.LoadAsync(db, files.Values.Where(f => moved.Contains(f.Id)).ToList(), moved, ct).ConfigureAwait(false);
            records = await LoadRecordsAsync(files.Values, ct).ConfigureAwait(false);

            int added = 0, updated = 0, movedCount = 0;
            var unread = new Dictionary<Guid, Listing>();
            var listed = new List<(MediaFile File, Item Item, bool Created)>();
            foreach (var plan in batch.Plans)
            {
                var known = files.TryGetValue(plan.File.Path, out var file);
                if (file is null)
                {
                    file = new MediaFile { Id = Guid.CreateVersion7(), LibraryId = library.Id, Path = plan.File.Path, PathHash = PathHash.Of(plan.File.Path) };
                    newFiles.Add(file);
                }

                file.Size = plan.File.Size;
                file.MtimeMs = plan.File.MtimeMs;
                file.SidecarStamp = plan.File.Folder.SidecarStamp;
                file.ScannedMs = now;
                var listing = known && moved.Contains(file.Id) ? Listing.Moved : known ? Listing.Updated : Listing.Added;
                _ = listing switch
                {
                    Listing.Moved => movedCount++,
                    Listing.Updated => updated++,
                    _ => added++,
                };

                file.State = plan.Info is null ? FileState.Pending : FileState.Ok;
                file.Failure = null;
                file.FailureKind = null;
                file.FailureDetail = null;
                var before = previous.ItemOf(file);
                var created = false;
                var target = plan.Movie is not null ? ApplyMovie(plan, before, ref created) : ApplyEpisode(plan, batch, before, ref created);
                file.ItemId = target.Id;
                if (plan.Info is null)
                {
                    // the content is read after listing; until then nothing about it is known, its fingerprint included
                    file.Fingerprint = null;
                    unread[file.Id] = listing;
                    listed.Add((file, target, created));
                }
                else
                {
                    ItemFields.ApplyMedia(target, plan.Info);
                    infos[target.Id] = JsonSerializer.Serialize(plan.Info, MediaInfoJsonContext.Default.MediaInfo);
                }
            }

            // parents before children: shows and movies, then seasons, episodes and extras; rows that point at new
            // ones (a known file's new item) are saved after them
            await RowInserter.InsertAsync(db, [.. newItems.OrderBy(i => KindRank(i.Kind))], ct).ConfigureAwait(false);
            await RowInserter.InsertAsync(db, newFiles, ct).ConfigureAwait(false);
            await RowInserter.InsertAsync(db, newRecords, ct).ConfigureAwait(false);
            await SaveInfosAsync(ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await ForgetStaleMediaAsync(listed, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return new ImportCounts(added, updated) { Moved = movedCount, Unread = unread };
        }

        /// <summary>
        /// An item whose media came from a file that is now listed unread (changed in place, or a new file that sorts
        /// first) shows nothing of it until the probe reads it: no runtime or badges of the file it was before.
        /// </summary>
        private async Task ForgetStaleMediaAsync(List<(MediaFile File, Item Item, bool Created)> listed, CancellationToken ct)
        {
            var items = listed.Where(l => !l.Created).Select(l => l.Item).DistinctBy(i => i.Id).ToList();
            if (items.Count == 0)
            {
                return;
            }

            var ids = items.Select(i => (Guid?)i.Id).ToList();
            var sources = await MediaSources.FirstFilesAsync(db, ids, ct).ConfigureAwait(false);
            var stale = items.Where(i => sources.TryGetValue(i.Id, out var first) && first.State == FileState.Pending).ToList();
            foreach (var item in stale)
            {
                ItemFields.ClearMedia(item);
            }

            var staleIds = stale.Select(i => i.Id).ToList();
            await db.MediaInfos.Where(m => staleIds.Contains(m.ItemId)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        private static IEnumerable<string> KeysOf(ImportPlan plan)
        {
            if (plan.Movie is { } movie)
            {
                yield return MovieKey(movie.Key);
                yield return ExtraKey(plan.File.RelativePath);
            }
            else if (plan.Episode is { } episode)
            {
                yield return ShowKey(episode.ShowKey);
                yield return SeasonKey(episode.ShowKey, ImportPlanner.SeasonNumber(episode));
                yield return ExtraKey(plan.File.RelativePath);
                yield return EpisodeKey(plan.File.RelativePath);
            }
        }

        private Item ApplyMovie(ImportPlan plan, Item? before, ref bool created)
        {
            var naming = plan.Movie!;
            var movie = GetOrCreate(MovieKey(naming.Key), ItemKind.Movie, naming.Title, null, out created, before);
            if (naming.Extra is { } extraKind)
            {
                if (created)
                {
                    movie.Year = naming.Year;
                }

                var extra = GetOrCreate(ExtraKey(plan.File.RelativePath), ItemKind.Extra, naming.ExtraTitle ?? naming.Title, movie.Id, out created, before);
                extra.ExtraKind = extraKind.ToString();
                return extra;
            }

            // the second part of a multi-part movie adds a file, not new metadata
            if (naming.Part is > 1 && !created)
            {
                return movie;
            }

            var guard = Guard(movie);
            ItemFields.ApplyName(movie, naming.Title, naming.Year, guard);
            movie.Edition = naming.Edition;
            ItemFields.ApplyNfo(movie, plan.Nfo, guard);
            ItemFields.ApplyProviderIds(movie, naming.ProviderIds);
            ItemFields.ApplyArtwork(movie, plan.Art, guard);
            Record(movie, guard, matchable: true);
            movie.DateModifiedMs = now;
            return movie;
        }

        private Item ApplyEpisode(ImportPlan plan, ImportBatch batch, Item? before, ref bool created)
        {
            var naming = plan.Episode!;
            var show = GetOrCreate(ShowKey(naming.ShowKey), ItemKind.Show, naming.ShowTitle, null, out _, previous.ShowOf(before));
            foreach (var kept in previous.SeasonsOf(show))
            {
                // a renamed show's seasons follow it (a season's key names its show)
                if (kept.IndexNumber is { } index && !items.ContainsKey(SeasonKey(naming.ShowKey, index)))
                {
                    kept.Key = SeasonKey(naming.ShowKey, index);
                    items[kept.Key] = kept;
                }
            }

            if (show.DateModifiedMs != now && batch.Shows.TryGetValue(plan.ShowFolder!, out var showMeta))
            {
                var guard = Guard(show);
                ItemFields.ApplyName(show, naming.ShowTitle, naming.ShowYear, guard);
                ItemFields.ApplyNfo(show, showMeta.Nfo, guard);
                ItemFields.ApplyProviderIds(show, naming.ProviderIds);
                ItemFields.ApplyArtwork(show, showMeta.Art, guard);
                Record(show, guard, matchable: true);
                show.DateModifiedMs = now;
            }

            var number = ImportPlanner.SeasonNumber(naming);
            var season = GetOrCreate(SeasonKey(naming.ShowKey, number), ItemKind.Season, number == 0 ? "Specials" : $"Season {number}", show.Id, out _);
            season.ShowId = show.Id;
            season.IndexNumber = number;
            if (plan.SeasonArt is { } seasonArt && (seasonArt.Poster is not null || seasonArt.Backdrop is not null))
            {
                var guard = Guard(season);
                ItemFields.ApplyArtwork(season, seasonArt, guard);
                Record(season, guard, matchable: false);
            }

            if (naming.Extra is { } extraKind)
            {
                var extra = GetOrCreate(ExtraKey(plan.File.RelativePath), ItemKind.Extra, Path.GetFileNameWithoutExtension(plan.File.Path), naming.Season is null ? show.Id : season.Id, out created, before);
                extra.ExtraKind = extraKind.ToString();
                extra.ShowId = show.Id;
                return extra;
            }

            var title = naming.EpisodeTitle ?? (naming.Episode is { } n ? $"Episode {n}" : Path.GetFileNameWithoutExtension(plan.File.Path));
            var episode = GetOrCreate(EpisodeKey(plan.File.RelativePath), ItemKind.Episode, title, season.Id, out created, before);
            var episodeGuard = Guard(episode);
            ItemFields.ApplyName(episode, title, null, episodeGuard, withYear: false);
            episode.ShowId = show.Id;
            episode.ParentIndexNumber = number;
            episode.IndexNumber = naming.Episode ?? plan.Nfo?.Episode;
            episode.IndexNumberEnd = naming.EpisodeEnd;
            if (naming.AirDate is not null || episodeGuard.MayName(MetadataFields.Premiered))
            {
                episode.Premiered = naming.AirDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            ItemFields.ApplyNfo(episode, plan.Nfo, episodeGuard);
            ItemFields.ApplyArtwork(episode, plan.Art, episodeGuard);
            Record(episode, episodeGuard, matchable: false);
            episode.DateModifiedMs = now;
            return episode;
        }

        /// <param name="before">The item a moved file had: taken under the new key rather than a new item made.</param>
        private Item GetOrCreate(string key, ItemKind kind, string title, Guid? parent, out bool created, Item? before = null)
        {
            if (items.TryGetValue(key, out var existing))
            {
                created = false;
                existing.ParentId = parent;
                return existing;
            }

            if (before is not null && before.Kind == kind && previous.Adopt(before))
            {
                before.Key = key;
                before.ParentId = parent;
                items[key] = before;
                created = false;
                return before;
            }

            var item = new Item
            {
                Id = Guid.CreateVersion7(),
                LibraryId = library.Id,
                ParentId = parent,
                Kind = kind,
                Depth = kind switch
                {
                    ItemKind.Movie or ItemKind.Show => 0,
                    ItemKind.Episode => 2,
                    _ => 1,
                },
                Key = key,
                Title = title,
                SortTitle = ItemFields.SortTitle(title),
                DateAddedMs = now,
                DateModifiedMs = 0,
            };
            newItems.Add(item);
            items[key] = item;
            created = true;
            return item;
        }

        private async Task<Dictionary<Guid, ItemMetadata>> LoadRecordsAsync(IEnumerable<MediaFile> files, CancellationToken ct)
        {
            // the batch's items by key, the items its known files point at (a moved file's), and their shows
            var ids = items.Values.Select(i => i.Id).Concat(files.Where(f => f.ItemId is not null).Select(f => f.ItemId!.Value)).Distinct().ToList();
            var shows = await db.Items.Where(i => ids.Contains(i.Id) && i.ShowId != null).Select(i => i.ShowId!.Value).Distinct().ToListAsync(ct).ConfigureAwait(false);
            ids.AddRange(shows);
            return await db.ItemMetadata.Where(m => ids.Contains(m.ItemId)).ToDictionaryAsync(m => m.ItemId, ct).ConfigureAwait(false);
        }

        private FieldGuard Guard(Item item) =>
            records.TryGetValue(item.Id, out var record)
                ? new FieldGuard(FieldSet.Parse(record.LockedFields), FieldSet.Parse(record.ProviderFields), paths.Images)
                : new FieldGuard(FieldSet.Empty, FieldSet.Empty, paths.Images);

        /// <summary>
        /// Keeps what the NFO supplied on the item's record; a new movie or show gets one in state Pending, which
        /// is what the refresh queue looks for after the scan.
        /// </summary>
        private void Record(Item item, FieldGuard guard, bool matchable)
        {
            var local = guard.Local.Stored();
            if (!records.TryGetValue(item.Id, out var record))
            {
                if (!matchable && local is null)
                {
                    return;
                }

                record = new ItemMetadata { ItemId = item.Id, LibraryId = library.Id, State = MatchState.Pending };
                newRecords.Add(record);
                records[item.Id] = record;
            }

            record.LibraryId = library.Id;
            record.LocalFields = local;
        }

        private async Task SaveInfosAsync(CancellationToken ct)
        {
            var ids = infos.Keys.ToList();
            var existing = await db.MediaInfos.Where(m => ids.Contains(m.ItemId)).ToDictionaryAsync(m => m.ItemId, ct).ConfigureAwait(false);
            foreach (var (id, json) in infos)
            {
                if (existing.TryGetValue(id, out var row))
                {
                    row.Json = json;
                }
                else
                {
                    db.MediaInfos.Add(new MediaInfoRow { ItemId = id, Json = json });
                }
            }
        }

        private static int KindRank(ItemKind kind) => kind switch
        {
            ItemKind.Movie or ItemKind.Show => 0,
            ItemKind.Season => 1,
            ItemKind.Episode => 2,
            _ => 3,
        };

        private static string MovieKey(string key) => "movie:" + key;

        private static string ShowKey(string key) => "show:" + key;

        private static string SeasonKey(string show, int season) => $"season:{show}:{season}";

        private static string EpisodeKey(string relative) => "episode:" + relative;

        private static string ExtraKey(string relative) => "extra:" + relative;
    }
}
