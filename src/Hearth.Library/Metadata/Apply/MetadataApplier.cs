using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// Puts a provider's film or show onto the library: fields under the local-first rules (<see cref="ProviderFieldWriter"/>),
/// pictures downloaded before the write (the writer holds no network I/O), the collection, and the item's record
/// (Matched, by whom, why). Writes go through <see cref="LibraryWriter"/> so the page caches move on.
/// </summary>
public sealed partial class MetadataApplier(IDbContextFactory<LibraryDb> factory, LibraryWriter writer, ImageDownloader images, MetadataLocale locale, TimeProvider time)
{
    private static readonly (ImageRole Role, string Field)[] Roles = [(ImageRole.Poster, MetadataFields.Poster), (ImageRole.Backdrop, MetadataFields.Backdrop), (ImageRole.Logo, MetadataFields.Logo)];

    /// <summary>The id a provider's collection has here: the same on every server and every refresh.</summary>
    public static Guid CollectionId(string provider, string id) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"collection:{provider}:{id}")));

    /// <param name="language">The library's language, whose pictures are chosen first.</param>
    public async Task ApplyMovieAsync(Guid itemId, MovieMetadata movie, MatchInfo match, string language, CancellationToken ct)
    {
        var (before, record) = await ReadAsync(itemId, ct).ConfigureAwait(false);
        if (before is null)
        {
            return;
        }

        var pictures = await PicturesAsync(itemId, record, movie.Images, language, ct).ConfigureAwait(false);
        (RemoteCollection Remote, string? Poster, string? Backdrop)? collection = movie.Collection is { } c ? await CollectionPicturesAsync(c, ct).ConfigureAwait(false) : null;
        await writer.WriteAsync(
            async (db, token) =>
            {
                var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, token).ConfigureAwait(false);
                if (item is null)
                {
                    return;
                }

                var row = await RecordAsync(db, item, token).ConfigureAwait(false);
                var w = Writer(row);
                Common(w, item, movie.Title, movie.OriginalTitle, movie.Overview, movie.Tagline, movie.Genres, movie.Studios, movie.CommunityRating, movie.Certifications, movie.ReleaseDate, movie.People, locale.Country);
                if (item.RuntimeMs is null && movie.RuntimeMinutes is > 0)
                {
                    // the probe's duration is the truth; the provider's only stands in when there is none
                    w.Number(MetadataFields.Runtime, movie.RuntimeMinutes * 60_000L, item.RuntimeMs, v => item.RuntimeMs = v);
                }

                MergeIds(w, item, movie.Provider, movie.Id, movie.ExternalIds, match.ByPerson);
                ApplyPictures(w, item, pictures);
                if (collection is { } found)
                {
                    var id = await UpsertCollectionAsync(db, found, token).ConfigureAwait(false);
                    if (row.CollectionId != id)
                    {
                        row.CollectionId = id;
                        w.Touch();
                    }
                }

                Matched(row, w, movie.Provider, movie.Id, movie.Images, match);
                if (w.Changed)
                {
                    item.DateModifiedMs = Now();
                }

                await db.SaveChangesAsync(token).ConfigureAwait(false);
            },
            ct).ConfigureAwait(false);
    }

    private static void Common(
        ProviderFieldWriter w,
        Item item,
        string title,
        string? originalTitle,
        string? overview,
        string? tagline,
        IReadOnlyList<string> genres,
        IReadOnlyList<string> studios,
        double? rating,
        IReadOnlyDictionary<string, string> certifications,
        DateOnly? released,
        IReadOnlyList<RemotePerson> people,
        string? country = null)
    {
        w.Text(MetadataFields.Title, title, item.Title, v => item.Title = v);
        if (w.Provided.Has(MetadataFields.Title))
        {
            w.Text(MetadataFields.SortTitle, ItemFields.SortTitle(item.Title), item.SortTitle, v => item.SortTitle = v);
        }

        w.Text(MetadataFields.OriginalTitle, originalTitle, item.OriginalTitle, v => item.OriginalTitle = v);
        w.Text(MetadataFields.Overview, overview, item.Overview, v => item.Overview = v);
        w.Text(MetadataFields.Tagline, tagline, item.Tagline, v => item.Tagline = v);
        w.List(MetadataFields.Genres, genres, item.Genres, v => item.Genres = v);
        w.List(MetadataFields.Studios, studios, item.Studios, v => item.Studios = v);
        w.Number(MetadataFields.Rating, rating is > 0 ? Math.Round(rating.Value, 1) : null, item.Rating, v => item.Rating = v);
        w.Text(MetadataFields.OfficialRating, country is null ? null : certifications.GetValueOrDefault(country), item.OfficialRating, v => item.OfficialRating = v);
        w.Number(MetadataFields.Year, released?.Year, item.Year, v => item.Year = v);
        w.Date(MetadataFields.Premiered, released, item.Premiered, v => item.Premiered = v);
        if (people.Count > 0)
        {
            var stored = people.OrderBy(p => p.Type == "Actor" ? 0 : 1).ThenBy(p => p.Order)
                .Select(p => new Person(p.Name, string.IsNullOrWhiteSpace(p.Role) ? null : p.Role, p.Type, p.PhotoUrl)).ToList();
            w.Text(MetadataFields.People, JsonSerializer.Serialize(stored, StoreJson.Default.ListPerson), item.PeopleJson, v => item.PeopleJson = v);
        }
    }

    private static void MergeIds(ProviderFieldWriter w, Item item, string provider, string id, IReadOnlyDictionary<string, string> external, bool byPerson)
    {
        var ids = ItemFields.ProviderIds(item);
        var before = JsonSerializer.Serialize(ids, StoreJson.Default.DictionaryStringString);
        // local ids are kept; a person's choice names the matched provider's id whatever the NFO said
        if (byPerson)
        {
            ids[provider] = id;
        }
        else
        {
            ids.TryAdd(provider, id);
        }

        foreach (var (key, value) in external)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                ids.TryAdd(key.ToLowerInvariant(), value);
            }
        }

        var after = JsonSerializer.Serialize(ids, StoreJson.Default.DictionaryStringString);
        if (after != before)
        {
            item.ProviderIdsJson = after;
            w.Touch();
        }
    }

    private static void ApplyPictures(ProviderFieldWriter w, Item item, IReadOnlyDictionary<string, string> pictures)
    {
        w.Picture(MetadataFields.Poster, pictures.GetValueOrDefault(MetadataFields.Poster), item.PosterPath, v => item.PosterPath = v);
        w.Picture(MetadataFields.Backdrop, pictures.GetValueOrDefault(MetadataFields.Backdrop), item.BackdropPath, v => item.BackdropPath = v);
        w.Picture(MetadataFields.Logo, pictures.GetValueOrDefault(MetadataFields.Logo), item.LogoPath, v => item.LogoPath = v);
        w.Picture(MetadataFields.Thumb, pictures.GetValueOrDefault(MetadataFields.Thumb), item.ThumbPath, v => item.ThumbPath = v);
    }

    private void Matched(ItemMetadata row, ProviderFieldWriter w, string provider, string id, IReadOnlyList<RemoteImage> remote, MatchInfo match)
    {
        row.State = MatchState.Matched;
        row.MatchedByPerson |= match.ByPerson;
        row.Provider = provider;
        row.ProviderId = id;
        row.Confidence = match.Confidence;
        row.Reason = match.Reason;
        row.LastOutcome = "ok";
        row.RefreshedMs = Now();
        row.RetryAtMs = null;
        row.Attempts = 0;
        row.ProviderFields = w.Provided.Stored();
        row.RemoteImagesJson = JsonSerializer.Serialize(remote.ToList(), MetadataJson.Default.ListRemoteImage);
        if (match.Alternatives.Count > 0)
        {
            row.AlternativesJson = JsonSerializer.Serialize(match.Alternatives.ToList(), MetadataJson.Default.ListMetadataCandidate);
        }
    }

    /// <summary>The chosen picture of each role the rules let the provider fill, downloaded; roles a person locked or the folder supplies are not fetched.</summary>
    private async Task<IReadOnlyDictionary<string, string>> PicturesAsync(Guid owner, ItemMetadata? record, IReadOnlyList<RemoteImage> remote, string language, CancellationToken ct)
    {
        var locked = FieldSet.Parse(record?.LockedFields);
        var local = FieldSet.Parse(record?.LocalFields);
        var result = new Dictionary<string, string>();
        foreach (var (role, field) in Roles)
        {
            if (locked.Has(field) || local.Has(field) || ArtworkChooser.Best(remote, role, language) is not { } best)
            {
                continue;
            }

            if (await images.DownloadAsync(owner, field, best.Url, ct).ConfigureAwait(false) is { } path)
            {
                result[field] = path;
            }
        }

        return result;
    }

    private async Task<(RemoteCollection Remote, string? Poster, string? Backdrop)> CollectionPicturesAsync(RemoteCollection collection, CancellationToken ct)
    {
        var id = CollectionId(collection.Provider, collection.Id);
        var poster = collection.PosterUrl is { } p ? await images.DownloadAsync(id, MetadataFields.Poster, p, ct).ConfigureAwait(false) : null;
        var backdrop = collection.BackdropUrl is { } b ? await images.DownloadAsync(id, MetadataFields.Backdrop, b, ct).ConfigureAwait(false) : null;
        return (collection, poster, backdrop);
    }

    private async Task<Guid> UpsertCollectionAsync(LibraryDb db, (RemoteCollection Remote, string? Poster, string? Backdrop) found, CancellationToken ct)
    {
        var id = CollectionId(found.Remote.Provider, found.Remote.Id);
        var row = await db.Collections.FirstOrDefaultAsync(c => c.Id == id, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new Collection { Id = id, Provider = found.Remote.Provider, ProviderId = found.Remote.Id, Name = found.Remote.Name };
            db.Collections.Add(row);
        }

        row.Name = string.IsNullOrWhiteSpace(found.Remote.Name) ? row.Name : found.Remote.Name;
        row.Overview = found.Remote.Overview ?? row.Overview;
        row.PosterPath = found.Poster ?? row.PosterPath;
        row.BackdropPath = found.Backdrop ?? row.BackdropPath;
        row.DateModifiedMs = Now();
        return id;
    }

    private async Task<(Item? Item, ItemMetadata? Record)> ReadAsync(Guid itemId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct).ConfigureAwait(false);
        var record = await db.ItemMetadata.AsNoTracking().FirstOrDefaultAsync(m => m.ItemId == itemId, ct).ConfigureAwait(false);
        return (item, record);
    }

    /// <summary>The item's record, made when it has none (a season or episode the provider fills for the first time).</summary>
    internal static async Task<ItemMetadata> RecordAsync(LibraryDb db, Item item, CancellationToken ct)
    {
        var row = await db.ItemMetadata.FirstOrDefaultAsync(m => m.ItemId == item.Id, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new ItemMetadata { ItemId = item.Id, LibraryId = item.LibraryId, State = MatchState.Pending };
            db.ItemMetadata.Add(row);
        }

        return row;
    }

    private static ProviderFieldWriter Writer(ItemMetadata row) =>
        new(FieldSet.Parse(row.LockedFields), FieldSet.Parse(row.LocalFields), FieldSet.Parse(row.ProviderFields));

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
