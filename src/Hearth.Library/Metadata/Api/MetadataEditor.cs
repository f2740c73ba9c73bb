using System.Globalization;
using System.Text.Json;
using Hearth.Core.Access;
using Hearth.Core.Metadata;
using Hearth.Library.Items;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Metadata.Api;

/// <summary>What a person does to an item's metadata: reads its record, edits (and so locks) fields, picks a picture.</summary>
public sealed class MetadataEditor(IDbContextFactory<LibraryDb> factory, LibraryWriter writer, ItemQueries queries, ImageDownloader images, MetadataLocale locale, TimeProvider time)
{
    public async Task<ItemMetadataDto?> GetAsync(CallerAccess caller, Guid id, CancellationToken ct)
    {
        if (await queries.FindAsync(caller, id, ct).ConfigureAwait(false) is null)
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var row = await db.ItemMetadata.AsNoTracking().FirstOrDefaultAsync(m => m.ItemId == id, ct).ConfigureAwait(false);
        return Dto(id, row);
    }

    public static ItemMetadataDto Dto(Guid id, ItemMetadata? row) => new(
        id,
        JsonNamingPolicy.CamelCase.ConvertName((row?.State ?? MatchState.Pending).ToString()),
        row?.Provider,
        row?.ProviderId,
        row?.Confidence,
        row?.Reason,
        row?.LastOutcome,
        row?.RefreshedMs,
        row?.RetryAtMs,
        row?.MatchedByPerson ?? false,
        [.. FieldSet.Parse(row?.LockedFields).Names],
        [.. FieldSet.Parse(row?.LocalFields).Names],
        MetadataJson.Candidates(row?.AlternativesJson));

    /// <summary>What is wrong with an edit, in a sentence, or null when it can be applied.</summary>
    public static string? Problem(MetadataEdit edit)
    {
        if (edit.Title is not null && string.IsNullOrWhiteSpace(edit.Title))
        {
            return "title cannot be empty";
        }

        if (edit.Year is < 1870 or > 2200)
        {
            return "year must be between 1870 and 2200";
        }

        if (edit.Rating is < 0 or > 10)
        {
            return "rating must be between 0 and 10";
        }

        if (edit.Premiered is { Length: > 0 } p && !DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "premiered must be a date as yyyy-MM-dd";
        }

        if (edit.Genres?.Any(string.IsNullOrWhiteSpace) == true || edit.Studios?.Any(string.IsNullOrWhiteSpace) == true)
        {
            return "genres and studios cannot hold empty names";
        }

        var unknown = edit.Unlock?.FirstOrDefault(f => MetadataFields.Parse(f) is null);
        return unknown is null ? null : $"'{unknown}' is not a field; fields are {string.Join(", ", MetadataFields.All.Order())}";
    }

    /// <summary>Applies a checked edit: every given field is set and locked, the named ones unlocked. False when there is no such item.</summary>
    public Task<bool> EditAsync(Guid id, MetadataEdit edit, CancellationToken ct) =>
        writer.WriteAsync(
            async (db, token) =>
            {
                var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, token).ConfigureAwait(false);
                if (item is null)
                {
                    return false;
                }

                var row = await MetadataApplier.RecordAsync(db, item, token).ConfigureAwait(false);
                var locks = FieldSet.Parse(row.LockedFields);
                void Lock(string field) => locks.Add(field);
                if (edit.Title is { } title)
                {
                    item.Title = title.Trim();
                    Lock(MetadataFields.Title);
                    if (edit.SortTitle is null && !locks.Has(MetadataFields.SortTitle))
                    {
                        item.SortTitle = ItemFields.SortTitle(item.Title);
                    }
                }

                if (edit.SortTitle is { } sort)
                {
                    item.SortTitle = ItemFields.SortTitle(string.IsNullOrWhiteSpace(sort) ? item.Title : sort);
                    Lock(MetadataFields.SortTitle);
                }

                Set(edit.OriginalTitle, v => item.OriginalTitle = v, MetadataFields.OriginalTitle);
                Set(edit.Overview, v => item.Overview = v, MetadataFields.Overview);
                Set(edit.Tagline, v => item.Tagline = v, MetadataFields.Tagline);
                Set(edit.OfficialRating, v => item.OfficialRating = v, MetadataFields.OfficialRating);
                Set(edit.Premiered, v => item.Premiered = v, MetadataFields.Premiered);
                Set(edit.Genres is null ? null : string.Join('|', edit.Genres.Select(g => g.Trim())), v => item.Genres = v, MetadataFields.Genres);
                Set(edit.Studios is null ? null : string.Join('|', edit.Studios.Select(g => g.Trim())), v => item.Studios = v, MetadataFields.Studios);
                if (edit.Year is { } year)
                {
                    item.Year = year;
                    Lock(MetadataFields.Year);
                }

                if (edit.Rating is { } rating)
                {
                    item.Rating = rating;
                    Lock(MetadataFields.Rating);
                }

                foreach (var field in edit.Unlock ?? [])
                {
                    locks.Remove(MetadataFields.Parse(field)!);
                }

                row.LockedFields = locks.Stored();
                item.DateModifiedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return true;

                // an empty string clears the field (and locks it empty); null leaves it as it is
                void Set(string? value, Action<string?> set, string field)
                {
                    if (value is null)
                    {
                        return;
                    }

                    set(string.IsNullOrWhiteSpace(value) ? null : value.Trim());
                    Lock(field);
                }
            },
            ct);

    /// <summary>The provider's pictures of a role for this item, best first, as the picker lists them.</summary>
    /// <summary>The provider's pictures of a role, the one the item's library language would choose first.</summary>
    public async Task<IReadOnlyList<RemoteImage>?> RemoteImagesAsync(CallerAccess caller, Guid id, ImageRole role, CancellationToken ct)
    {
        if (await queries.FindAsync(caller, id, ct).ConfigureAwait(false) is not { } item)
        {
            return null;
        }

        var language = await locale.LanguageOfAsync(item.LibraryId, ct).ConfigureAwait(false);

        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var json = await db.ItemMetadata.AsNoTracking().Where(m => m.ItemId == id).Select(m => m.RemoteImagesJson).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var all = MetadataJson.Images(json).Where(i => i.Role == role).ToList();
        var best = ArtworkChooser.Best(all, role, language);
        return [.. all.OrderByDescending(i => i == best).ThenByDescending(i => i.VoteAverage ?? 0).ThenByDescending(i => i.VoteCount ?? 0)];
    }

    /// <summary>
    /// Downloads a picture the provider listed for this item and uses it for the role, locked against refreshes and
    /// rescans. Answers null when it was used, else the problem (400: not listed; 502: could not be downloaded).
    /// </summary>
    public async Task<(int Status, string Problem)?> ChooseImageAsync(Guid id, ImageRole role, string url, CancellationToken ct)
    {
        await using (var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            var json = await db.ItemMetadata.AsNoTracking().Where(m => m.ItemId == id).Select(m => m.RemoteImagesJson).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            // only what the provider offered for this very item: the server fetches no address a client makes up
            if (!MetadataJson.Images(json).Any(i => i.Role == role && i.Url == url))
            {
                return (400, "url is not one of the provider's pictures for this item; list them with images/remote");
            }
        }

        var field = Field(role);
        var path = await images.DownloadAsync(id, field, url, ct).ConfigureAwait(false);
        if (path is null)
        {
            return (502, "the picture could not be downloaded from the provider; try again later");
        }

        await writer.WriteAsync(
            async (db, token) =>
            {
                var item = await db.Items.FirstAsync(i => i.Id == id, token).ConfigureAwait(false);
                var row = await MetadataApplier.RecordAsync(db, item, token).ConfigureAwait(false);
                switch (role)
                {
                    case ImageRole.Poster: item.PosterPath = path; break;
                    case ImageRole.Backdrop: item.BackdropPath = path; break;
                    case ImageRole.Logo: item.LogoPath = path; break;
                    default: item.ThumbPath = path; break;
                }

                var locks = FieldSet.Parse(row.LockedFields);
                locks.Add(field);
                row.LockedFields = locks.Stored();
                // the image tags of the Jellyfin API follow this: clients fetch the new picture
                item.DateModifiedMs = time.GetUtcNow().ToUnixTimeMilliseconds();
                await db.SaveChangesAsync(token).ConfigureAwait(false);
            },
            ct).ConfigureAwait(false);
        return null;
    }

    public static string Field(ImageRole role) => role switch
    {
        ImageRole.Poster => MetadataFields.Poster,
        ImageRole.Backdrop => MetadataFields.Backdrop,
        ImageRole.Logo => MetadataFields.Logo,
        _ => MetadataFields.Thumb,
    };

    /// <summary>Items of the caller's libraries that need a person: unmatched or failed, with the reason.</summary>
    public async Task<IReadOnlyList<UnmatchedDto>> UnmatchedAsync(CallerAccess caller, Guid? libraryId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var items = ItemQueries.Visible(db, caller).Where(i => i.Kind == ItemKind.Movie || i.Kind == ItemKind.Show);
        if (libraryId is { } library)
        {
            items = items.Where(i => i.LibraryId == library);
        }

        var rows = await db.ItemMetadata.AsNoTracking().Where(m => m.State == MatchState.Unmatched || m.State == MatchState.Failed)
            .Join(items, m => m.ItemId, i => i.Id, (m, i) => new { m, i.Kind, i.Title, i.Year, i.SortTitle })
            .OrderBy(x => x.SortTitle).Take(1000).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => new UnmatchedDto(r.m.ItemId, r.m.LibraryId, ItemText.Kind(r.Kind), r.Title, r.Year, JsonNamingPolicy.CamelCase.ConvertName(r.m.State.ToString()), r.m.Reason, r.m.LastOutcome, r.m.RetryAtMs))];
    }

    /// <summary>Marks items to be refreshed (matched ones keep their match; locks are kept). Answers their ids.</summary>
    public Task<IReadOnlyList<Guid>> MarkForRefreshAsync(Guid libraryId, Guid? itemId, CancellationToken ct) =>
        writer.WriteAsync(
            async (db, token) =>
            {
                var top = db.Items.Where(i => i.LibraryId == libraryId && (i.Kind == ItemKind.Movie || i.Kind == ItemKind.Show) && (itemId == null || i.Id == itemId)).Select(i => i.Id);
                var ids = await top.ToListAsync(token).ConfigureAwait(false);
                var known = await db.ItemMetadata.Where(m => ids.Contains(m.ItemId)).ToDictionaryAsync(m => m.ItemId, token).ConfigureAwait(false);
                foreach (var id in ids)
                {
                    if (!known.TryGetValue(id, out var row))
                    {
                        db.ItemMetadata.Add(new ItemMetadata { ItemId = id, LibraryId = libraryId, State = MatchState.Pending });
                    }
                    else if (row.State != MatchState.Matched)
                    {
                        row.State = MatchState.Pending;
                        row.RetryAtMs = null;
                    }
                }

                await db.SaveChangesAsync(token).ConfigureAwait(false);
                return (IReadOnlyList<Guid>)ids;
            },
            ct);
}
