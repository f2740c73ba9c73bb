using System.Globalization;
using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Providers.TvMaze;

/// <summary>TVmaze's answers as the provider-neutral models of Core.</summary>
internal static class TvMazeMapper
{
    public static MetadataCandidate Candidate(TvMazeShow s) => new(
        ProviderIdNames.TvMaze, Id(s.Id), MetadataKind.Show, s.Name ?? string.Empty, s.Name, [], Date(s.Premiered)?.Year,
        HtmlText.ToPlain(s.Summary), s.Image?.Original ?? s.Image?.Medium, s.Weight);

    public static ShowMetadata Show(TvMazeShow s, List<TvMazeSeason> seasons, List<TvMazeShowImage> images)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal) { [ProviderIdNames.TvMaze] = Id(s.Id) };
        if (s.Externals?.Thetvdb is { } tvdb)
        {
            ids[ProviderIdNames.Tvdb] = Id(tvdb);
        }

        if (!string.IsNullOrWhiteSpace(s.Externals?.Imdb))
        {
            ids[ProviderIdNames.Imdb] = s.Externals.Imdb.Trim();
        }

        var people = (s.Embedded?.Cast ?? [])
            .Where(c => !string.IsNullOrWhiteSpace(c.Person?.Name))
            .Select((c, i) => new RemotePerson(c.Person!.Name!.Trim(), c.Character?.Name, "Actor", c.Person.Image?.Original ?? c.Person.Image?.Medium, i))
            .ToList();
        var studios = new[] { s.Network?.Name, s.WebChannel?.Name }.OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        var seasonList = seasons
            .Select(season => new SeasonMetadata(season.Number, string.IsNullOrWhiteSpace(season.Name) ? null : season.Name, HtmlText.ToPlain(season.Summary), Date(season.PremiereDate),
                season.Image?.Original is { } poster ? [new RemoteImage(ImageRole.Poster, poster, null, null, null, null, null)] : []))
            .OrderBy(season => season.Number)
            .ToList();
        return new ShowMetadata(
            ProviderIdNames.TvMaze, Id(s.Id), ids, s.Name ?? string.Empty, s.Name, LanguageCode(s.Language), [], Date(s.Premiered), s.Status,
            HtmlText.ToPlain(s.Summary), null, s.Genres ?? [], studios, s.Rating?.Average, new Dictionary<string, string>(),
            s.Runtime ?? s.AverageRuntime, people, Images(images, s), seasonList);
    }

    /// <summary>
    /// TVmaze's episodes with specials as season 0 (TVmaze files a special under the season it aired in, without a
    /// number), numbered in airing order as the specials folder of a library numbers them.
    /// </summary>
    public static List<EpisodeMetadata> Episodes(List<TvMazeEpisode> episodes)
    {
        var result = new List<EpisodeMetadata>();
        var special = 0;
        var absolute = 0;
        foreach (var e in episodes.OrderBy(e => Date(e.Airdate) ?? DateOnly.MaxValue).ThenBy(e => e.Season).ThenBy(e => e.Number ?? int.MaxValue))
        {
            var isSpecial = e.Number is null || (e.Type?.Contains("special", StringComparison.OrdinalIgnoreCase) ?? false);
            var (season, number) = isSpecial ? (0, ++special) : (e.Season, e.Number!.Value);
            result.Add(new EpisodeMetadata(
                season, number, isSpecial ? null : ++absolute, Date(e.Airdate), e.Name, HtmlText.ToPlain(e.Summary), e.Runtime, e.Rating?.Average,
                e.Image?.Original is { } still ? [new RemoteImage(ImageRole.Thumb, still, null, null, null, null, null)] : [],
                new Dictionary<string, string>(StringComparer.Ordinal) { [ProviderIdNames.TvMaze] = Id(e.Id) }));
        }

        return [.. result.OrderBy(e => e.Season).ThenBy(e => e.Number)];
    }

    /// <summary>Posters, backgrounds and typography (a title logo); banners are not a role Hearth keeps. The main image of each kind first.</summary>
    private static List<RemoteImage> Images(List<TvMazeShowImage> images, TvMazeShow show)
    {
        var result = images
            .OrderByDescending(i => i.Main)
            .Select(i => (Role: Role(i.Type), Image: i.Resolutions?.Original))
            .Where(i => i.Role is not null && !string.IsNullOrWhiteSpace(i.Image?.Url))
            .Select(i => new RemoteImage(i.Role!.Value, i.Image!.Url!, null, null, null, i.Image.Width, i.Image.Height))
            .ToList();
        if (result.Count == 0 && show.Image?.Original is { } poster)
        {
            result.Add(new RemoteImage(ImageRole.Poster, poster, null, null, null, null, null));
        }

        return result;
    }

    private static ImageRole? Role(string? type) => type switch
    {
        "poster" => ImageRole.Poster,
        "background" => ImageRole.Backdrop,
        "typography" => ImageRole.Logo,
        _ => null,
    };

    /// <summary>TVmaze names languages in English ("German"); the other providers use ISO 639-1 codes. Unknown names stay as they are.</summary>
    private static string? LanguageCode(string? name) => name switch
    {
        null or "" => null,
        "English" => "en",
        "German" => "de",
        "French" => "fr",
        "Spanish" => "es",
        "Italian" => "it",
        "Dutch" => "nl",
        "Swedish" => "sv",
        "Danish" => "da",
        "Norwegian" => "no",
        "Finnish" => "fi",
        "Polish" => "pl",
        "Portuguese" => "pt",
        "Russian" => "ru",
        "Japanese" => "ja",
        "Korean" => "ko",
        "Chinese" => "zh",
        "Turkish" => "tr",
        "Hindi" => "hi",
        _ => name,
    };

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
