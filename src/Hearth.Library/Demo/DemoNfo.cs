using System.Globalization;
using System.Xml.Linq;

namespace Hearth.Library.Demo;

/// <summary>Kodi-style NFO documents for the demo titles, as Plex's, Jellyfin's and Hearth's NFO readers expect them.</summary>
public static class DemoNfo
{
    public static string Movie(DemoMovie movie) => Render(new XElement(
        "movie",
        new XElement("title", movie.Title),
        new XElement("originaltitle", movie.Title),
        new XElement("year", movie.Year),
        new XElement("premiered", $"{movie.Year}-01-01"),
        new XElement("plot", movie.Encoding is { } encoding ? movie.Plot + "\n\n" + encoding.Note : movie.Plot),
        new XElement("tagline", movie.Tagline),
        new XElement("rating", Number(movie.Rating)),
        movie.Genres.Select(g => new XElement("genre", g)),
        new XElement("runtime", Minutes(movie.Seconds)),
        new XElement("director", movie.Director),
        Actors(movie.Cast)));

    public static string Show(DemoShow show) => Render(new XElement(
        "tvshow",
        new XElement("title", show.Title),
        new XElement("year", show.Year),
        new XElement("premiered", $"{show.Year}-09-12"),
        new XElement("plot", show.Plot),
        new XElement("rating", Number(show.Rating)),
        show.Genres.Select(g => new XElement("genre", g)),
        new XElement("studio", show.Studio),
        new XElement("status", "Ended"),
        Actors(show.Cast)));

    public static string Episode(DemoShow show, DemoEpisode episode) => Render(new XElement(
        "episodedetails",
        new XElement("title", episode.Title),
        new XElement("showtitle", show.Title),
        new XElement("season", episode.Season),
        new XElement("episode", episode.Number),
        new XElement("plot", episode.Plot),
        new XElement("aired", episode.Aired),
        new XElement("runtime", Minutes(episode.Seconds))));

    private static IEnumerable<XElement> Actors(IReadOnlyList<DemoCastMember> cast) =>
        cast.Select((person, order) => new XElement(
            "actor",
            new XElement("name", person.Name),
            new XElement("role", person.Role),
            new XElement("order", order)));

    // NFO runtimes are whole minutes; the demo clips are seconds long, so this says 1 rather than lie
    private static int Minutes(double seconds) => (int)Math.Ceiling(seconds / 60);

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Render(XElement root) =>
        new XDeclaration("1.0", "utf-8", "yes") + Environment.NewLine + root + Environment.NewLine;
}
