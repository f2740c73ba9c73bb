using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Testing;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

/// <summary>
/// One real server for a test class, with a movies library (three films with NFO credits and genres, one with a
/// poster) and a shows library (one show, two seasons, artwork). Tests that change watch state do it as a user of
/// their own, so they do not see each other's marks.
/// </summary>
public sealed class BrowsingLibrary : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public Guid Movies { get; private set; }

    public Guid Shows { get; private set; }

    public HttpClient Admin { get; private set; } = null!;

    /// <summary>Movie titles and episode codes (S01E01) to their ids.</summary>
    public Dictionary<string, string> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync(watch: false);
        var clip = await Media.ClipAsync(Server.Folder.Combine("clip.mp4"), 1);
        foreach (var (title, year, genres, rating) in new[] { ("Alpha Strike", 2001, "Action", 7.5), ("Bravo Days", 2005, "Drama", 6.1), ("Charlie Noon", 1999, "Action|Comedy", 8.2) })
        {
            var folder = Server.Folder.Combine("Movies", $"{title} ({year})");
            Directory.CreateDirectory(folder);
            File.Copy(clip, Path.Combine(folder, $"{title} ({year}).mp4"));
            var genreXml = string.Concat(genres.Split('|').Select(g => $"<genre>{g}</genre>"));
            Server.Folder.Write(
                $"Movies/{title} ({year})/movie.nfo",
                $"<movie><title>{title}</title><year>{year}</year><plot>About {title}.</plot><tagline>Tag of {title}</tagline><rating>{rating}</rating>{genreXml}<studio>Test Studio</studio><tmdbid>{year}</tmdbid><actor><name>Ann Actor</name><role>Lead</role></actor><director>Dee Rector</director></movie>");
        }

        await TestImages.JpegAsync(Server.Folder.Combine("Movies", "Alpha Strike (2001)", "poster.jpg"), 200, 300);
        Movies = await Server.AddLibraryAsync("Movies", "movies", Server.Folder.Combine("Movies"));

        var show = Server.Folder.Combine("Shows", "Harbour Lights");
        foreach (var code in new[] { "S01E01", "S01E02", "S02E01" })
        {
            var path = Path.Combine(show, $"Season 0{code[2]}", $"Harbour Lights - {code}.mp4");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(clip, path);
        }

        await TestImages.JpegAsync(Path.Combine(show, "poster.jpg"), 200, 300);
        await TestImages.JpegAsync(Path.Combine(show, "fanart.jpg"), 320, 180);
        Shows = await Server.AddLibraryAsync("Shows", "shows", Server.Folder.Combine("Shows"));

        (Admin, _) = await JellyfinClient.SignInAsync(Server, "admin", "admin-password");
        var all = await Admin.GetJsonAsync("/Items?Recursive=true&IncludeItemTypes=Movie,Series,Episode");
        foreach (var item in all.GetProperty("Items").EnumerateArray())
        {
            var key = item.GetProperty("Type").GetString() == "Episode"
                ? $"S{item.GetProperty("ParentIndexNumber").GetInt32():00}E{item.GetProperty("IndexNumber").GetInt32():00}"
                : item.GetProperty("Name").GetString()!;
            Ids[key] = item.GetProperty("Id").GetString()!;
        }
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A new person with the given libraries: their native client (to mark watch state) and their Jellyfin client.</summary>
    public async Task<(HttpClient Native, HttpClient Jellyfin, string UserId)> UserAsync(params Guid[] libraries)
    {
        var name = "user" + Guid.NewGuid().ToString("N")[..8];
        var native = await Server.UserAsync(name, libraries);
        var (jellyfin, auth) = await JellyfinClient.SignInAsync(Server, name, JellyfinClient.Password);
        return (native, jellyfin, auth.GetProperty("User").GetProperty("Id").GetString()!);
    }

    public static async Task MarkAsync(HttpClient native, string id, object state) =>
        (await native.PostAsJsonAsync($"/api/v1/items/{Guid.ParseExact(id, "N")}/watch-state", state)).EnsureSuccessStatusCode();

    public static List<string> Names(JsonElement result) =>
        [.. (result.ValueKind == JsonValueKind.Array ? result : result.GetProperty("Items")).EnumerateArray().Select(i => i.GetProperty("Name").GetString()!)];
}
