using System.Text.Json;
using Hearth.Library.Metadata;
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

    public static void ApplyNfo(Item item, NfoMetadata? nfo)
    {
        if (nfo is null)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(nfo.Title))
        {
            SetTitle(item, nfo.Title, nfo.SortTitle);
        }

        item.OriginalTitle = nfo.OriginalTitle ?? item.OriginalTitle;
        item.Year = nfo.Year ?? nfo.Premiered?.Year ?? item.Year;
        item.Overview = nfo.Plot ?? nfo.Outline ?? item.Overview;
        item.Tagline = nfo.Tagline ?? item.Tagline;
        item.Rating = nfo.Rating ?? item.Rating;
        item.OfficialRating = nfo.Mpaa ?? item.OfficialRating;
        item.Premiered = nfo.Premiered?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? item.Premiered;
        if (nfo.RuntimeMinutes is > 0 && item.RuntimeMs is null)
        {
            item.RuntimeMs = nfo.RuntimeMinutes.Value * 60_000L;
        }

        item.Genres = Join(nfo.Genres) ?? item.Genres;
        item.Studios = Join(nfo.Studios) ?? item.Studios;
        var people = nfo.Cast.Select(p => new Person(p.Name, p.Role, "Actor"))
            .Concat(nfo.Directors.Select(d => new Person(d, null, "Director")))
            .Concat(nfo.Writers.Select(w => new Person(w, null, "Writer")))
            .ToList();
        if (people.Count > 0)
        {
            item.PeopleJson = JsonSerializer.Serialize(people, StoreJson.Default.ListPerson);
        }

        if (nfo.ProviderIds.Count > 0)
        {
            item.ProviderIdsJson = JsonSerializer.Serialize(new Dictionary<string, string>(nfo.ProviderIds), StoreJson.Default.DictionaryStringString);
        }
    }

    public static void ApplyArtwork(Item item, Artwork? art)
    {
        if (art is null)
        {
            return;
        }

        item.PosterPath = art.Poster;
        item.BackdropPath = art.Backdrop;
        item.ThumbPath = art.Thumb;
        item.LogoPath = art.Logo;
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

    public static void ApplyProviderIds(Item item, IReadOnlyDictionary<string, string> ids)
    {
        if (ids.Count > 0 && item.ProviderIdsJson is null)
        {
            item.ProviderIdsJson = JsonSerializer.Serialize(new Dictionary<string, string>(ids), StoreJson.Default.DictionaryStringString);
        }
    }

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join('|', values);
}
