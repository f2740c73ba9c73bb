using System.Text.Json;
using Hearth.Library.Metadata;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Probing;
using Hearth.Library.Store;

namespace Hearth.Library.Scanning;

/// <summary>Copies names, NFO fields, artwork and the probe summary onto an item row.</summary>
public static class ItemFields
{
    private static readonly string[] Articles = ["the ", "a ", "an "];

    public static string SortTitle(string title)
    {
        var lower = title.Trim().ToLowerInvariant();
        foreach (var article in Articles)
        {
            if (lower.StartsWith(article, StringComparison.Ordinal) && lower.Length > article.Length)
            {
                return lower[article.Length..];
            }
        }

        return lower;
    }

    public static void SetTitle(Item item, string title, string? sortTitle = null)
    {
        item.Title = title;
        item.SortTitle = SortTitle(string.IsNullOrWhiteSpace(sortTitle) ? title : sortTitle);
    }

    /// <summary>The title and year the file's name gives, unless a person or a provider has set them since.</summary>
    public static void ApplyName(Item item, string title, int? year, FieldGuard guard, bool withYear = true)
    {
        if (guard.MayName(MetadataFields.Title))
        {
            item.Title = title;
            if (!guard.IsLocked(MetadataFields.SortTitle))
            {
                item.SortTitle = SortTitle(title);
            }
        }

        if (withYear && guard.MayName(MetadataFields.Year))
        {
            item.Year = year;
        }
    }

    /// <summary>
    /// The NFO's fields over the row, each one the NFO has and no person locked; what it does not say stays as it
    /// was (a provider's overview, say). The fields it supplied are recorded in <see cref="FieldGuard.Local"/>.
    /// </summary>
    public static void ApplyNfo(Item item, NfoMetadata? nfo, FieldGuard? guard = null)
    {
        if (nfo is null)
        {
            return;
        }

        guard ??= FieldGuard.None;
        if (nfo.WrittenByHearth)
        {
            // Hearth's own copy of what it fetched: where the store has that, the store is the truth; after a
            // reinstall the copy gives the item its fields back, as a provider's, never as the folder's own
            if (guard.HasProviderFields)
            {
                return;
            }

            guard = guard.ForOwnCopy();
        }

        if (!string.IsNullOrWhiteSpace(nfo.Title) && guard.TakeLocal(MetadataFields.Title))
        {
            item.Title = nfo.Title;
            if (!guard.IsLocked(MetadataFields.SortTitle))
            {
                item.SortTitle = SortTitle(string.IsNullOrWhiteSpace(nfo.SortTitle) ? nfo.Title : nfo.SortTitle);
            }
        }

        if (!string.IsNullOrWhiteSpace(nfo.SortTitle) && guard.TakeLocal(MetadataFields.SortTitle))
        {
            item.SortTitle = SortTitle(nfo.SortTitle);
        }

        Take(guard, MetadataFields.OriginalTitle, nfo.OriginalTitle, v => item.OriginalTitle = v);
        Take(guard, MetadataFields.Year, nfo.Year ?? nfo.Premiered?.Year, v => item.Year = v);
        Take(guard, MetadataFields.Overview, nfo.Plot ?? nfo.Outline, v => item.Overview = v);
        Take(guard, MetadataFields.Tagline, nfo.Tagline, v => item.Tagline = v);
        Take(guard, MetadataFields.Rating, nfo.Rating, v => item.Rating = v);
        Take(guard, MetadataFields.OfficialRating, nfo.Mpaa, v => item.OfficialRating = v);
        Take(guard, MetadataFields.Premiered, nfo.Premiered?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), v => item.Premiered = v);
        if (nfo.RuntimeMinutes is > 0 && item.RuntimeMs is null)
        {
            item.RuntimeMs = nfo.RuntimeMinutes.Value * 60_000L;
        }

        Take(guard, MetadataFields.Genres, Join(nfo.Genres), v => item.Genres = v);
        Take(guard, MetadataFields.Studios, Join(nfo.Studios), v => item.Studios = v);
        var people = nfo.Cast.Select(p => new Person(p.Name, p.Role, "Actor"))
            .Concat(nfo.Directors.Select(d => new Person(d, null, "Director")))
            .Concat(nfo.Writers.Select(w => new Person(w, null, "Writer")))
            .ToList();
        if (people.Count > 0 && guard.TakeLocal(MetadataFields.People))
        {
            item.PeopleJson = JsonSerializer.Serialize(people, StoreJson.Default.ListPerson);
        }

        if (nfo.ProviderIds.Count > 0)
        {
            // the NFO's ids win over the same provider's, and the ids a match added are kept
            var merged = ProviderIds(item);
            foreach (var (key, value) in nfo.ProviderIds)
            {
                merged[key.ToLowerInvariant()] = value;
            }

            item.ProviderIdsJson = JsonSerializer.Serialize(merged, StoreJson.Default.DictionaryStringString);
        }
    }

    /// <summary>
    /// The folder's own pictures. Local art wins over a download unless a person chose that picture; where the folder
    /// has none, a picture Hearth downloaded stays, and one that was local and is gone is forgotten.
    /// </summary>
    public static void ApplyArtwork(Item item, Artwork? art, FieldGuard? guard = null)
    {
        if (art is null)
        {
            return;
        }

        guard ??= FieldGuard.None;
        item.PosterPath = Picture(guard, MetadataFields.Poster, art.Poster, item.PosterPath);
        item.BackdropPath = Picture(guard, MetadataFields.Backdrop, art.Backdrop, item.BackdropPath);
        item.ThumbPath = Picture(guard, MetadataFields.Thumb, art.Thumb, item.ThumbPath);
        item.LogoPath = Picture(guard, MetadataFields.Logo, art.Logo, item.LogoPath);
    }

    /// <summary>Provider ids the file's or folder's name carries ("{tmdb-78}"), added to those the item has.</summary>
    public static void ApplyProviderIds(Item item, IReadOnlyDictionary<string, string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var merged = ProviderIds(item);
        foreach (var (key, value) in ids)
        {
            merged.TryAdd(key.ToLowerInvariant(), value);
        }

        item.ProviderIdsJson = JsonSerializer.Serialize(merged, StoreJson.Default.DictionaryStringString);
    }

    /// <summary>The item's provider ids as a mutable dictionary (empty when none).</summary>
    public static Dictionary<string, string> ProviderIds(Item item) =>
        item.ProviderIdsJson is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(JsonSerializer.Deserialize(item.ProviderIdsJson, StoreJson.Default.DictionaryStringString) ?? [], StringComparer.OrdinalIgnoreCase);

    private static string? Picture(FieldGuard guard, string role, string? local, string? current)
    {
        if (guard.IsLocked(role))
        {
            return current;
        }

        if (local is not null)
        {
            guard.TakeLocal(role);
            return local;
        }

        return guard.IsDownloaded(current) ? current : null;
    }

    private static void Take<T>(FieldGuard guard, string field, T? value, Action<T> set)
    {
        if (value is not null && guard.TakeLocal(field))
        {
            set(value);
        }
    }

    public static void ApplyMedia(Item item, MediaInfo info)
    {
        item.Container = info.Container;
        if (info.DurationSeconds is > 0)
        {
            item.RuntimeMs = (long)(info.DurationSeconds.Value * 1000);
        }

        var video = info.Video.FirstOrDefault();
        item.Width = video?.Width;
        item.Height = video?.Height;
        item.VideoCodec = video?.Codec;
        item.Hdr = video is null || video.Hdr == HdrKind.None ? null : video.Hdr.ToString();
    }

    /// <summary>
    /// Nothing of a file's own media (its badges) for an item whose file is listed but not read yet. The runtime
    /// stays: it is the film's or episode's (an NFO or a provider may have given it) more than the file's.
    /// </summary>
    public static void ClearMedia(Item item)
    {
        item.Container = null;
        item.Width = null;
        item.Height = null;
        item.VideoCodec = null;
        item.Hdr = null;
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join('|', values);
}
