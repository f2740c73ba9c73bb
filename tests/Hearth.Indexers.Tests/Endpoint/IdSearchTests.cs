using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Hearth.Indexers.Caps;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>
/// Id searches as Sonarr and Radarr send them (ids alone, when the caps list them) across indexers that take ids and
/// indexers that search only by text: Hearth's caps say only what it can answer, and it answers an id search from
/// both kinds, the text-only one asked by the title the ids name (through the metadata providers, here the loopback
/// stand-in that replays TVmaze's and TMDB's recorded answers).
/// </summary>
public sealed class IdSearchTests
{
    private static IReadOnlyDictionary<string, string?> Providers(FakeProviders fake, bool tmdbKey) => new Dictionary<string, string?>
    {
        ["Metadata:Tmdb:BaseUrl"] = fake.TmdbUrl,
        ["Metadata:TvMaze:BaseUrl"] = fake.TvMazeUrl,
        ["Metadata:Tmdb:ApiKey"] = tmdbKey ? FakeProviders.ApiKey : null,
        ["Metadata:Retries"] = "0",
        ["Metadata:Timeout"] = "00:00:05",
    };

    [Fact]
    public async Task Caps_TitleOnlyIndexer_AdvertisesWhatHearthCanAnswerForIt()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var providers = await FakeProviders.StartAsync();
        await using var server = await HubServer.StartAsync(configuration: Providers(providers, tmdbKey: false));
        var titles = (await server.AddIndexerAsync(fake.Site("titleonly"), "Titles")).GetProperty("id").GetGuid();
        var searchOnly = (await server.AddIndexerAsync(fake.Site("searchonly"), "Plain")).GetProperty("id").GetGuid();
        var newznab = (await server.AddIndexerAsync(fake.Site("newznab"), "Usenet", "newznab")).GetProperty("id").GetGuid();

        // TVmaze names a show by its TVDB, TVmaze or IMDb id without a key; TMDB (films) needs one, and none is set
        var caps = await CapsAsync(server, titles);
        Assert.Equal("q,season,ep,tvdbid,tvmazeid,imdbid", Params(caps, "tv-search"));
        Assert.Equal("q,year", Params(caps, "movie-search"));
        // a tracker with the generic search only: Hearth writes season and episode into the text
        var plain = await CapsAsync(server, searchOnly);
        Assert.True(plain.Mode("tv-search").Available);
        Assert.Equal("q,season,ep,tvdbid,tvmazeid,imdbid", Params(plain, "tv-search"));
        // its own imdbid for films is passed on; rid (TVRage) never is
        var usenet = await CapsAsync(server, newznab);
        Assert.Equal("q,imdbid,year", Params(usenet, "movie-search"));
        Assert.DoesNotContain("rid", Params(usenet, "tv-search"), StringComparison.Ordinal);
        var all = await CapsAsync(server, null);
        Assert.Equal("q,imdbid,year", Params(all, "movie-search"));
    }

    [Fact]
    public async Task Caps_WithATmdbKey_FilmIdsToo()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var providers = await FakeProviders.StartAsync();
        await using var server = await HubServer.StartAsync(configuration: Providers(providers, tmdbKey: true));
        var titles = (await server.AddIndexerAsync(fake.Site("titleonly"), "Titles")).GetProperty("id").GetGuid();

        Assert.Equal("q,imdbid,tmdbid,year", Params(await CapsAsync(server, titles), "movie-search"));
    }

    [Fact]
    public async Task TvSearch_IdsOnly_BothIndexersAnswerTheAskedEpisode()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var providers = await FakeProviders.StartAsync();
        await using var server = await HubServer.StartAsync(configuration: Providers(providers, tmdbKey: true));
        await server.AddIndexerAsync(fake.Site("byid"), "Ids");
        await server.AddIndexerAsync(fake.Site("titleonly"), "Titles");

        // as Sonarr asks when the caps list the ids: no title
        var titles = await SearchAsync(server, "t=tvsearch&tvdbid=176941&tvmazeid=335&season=1&ep=1&extended=1&offset=0&limit=100");

        Assert.Equal(["Sherlock.S01E01.720p.HDTV.x264-FoV", "Sherlock.S01E01.A.Study.in.Pink.1080p.BluRay.x264-SHORTBREHD"], titles.Order(StringComparer.Ordinal));
        var asked = fake.QueriesTo("titleonly").Single(q => q["t"] == "tvsearch");
        Assert.Equal("Sherlock", asked["q"].ToString());
        Assert.Equal("1", asked["season"].ToString());
        Assert.Equal("1", asked["ep"].ToString());
        Assert.Equal("176941", fake.QueriesTo("byid").Single(q => q["t"] == "tvsearch")["tvdbid"].ToString());
        // the TVmaze id is the show's own there: read at once, with no lookup
        Assert.Equal(1, providers.CountTo("/tvmaze/shows/335"));
        Assert.Equal(0, providers.CountTo("/tvmaze/lookup/shows"));
        var asks = providers.Requests.Count;

        // a season search, as Sonarr asks for packs: every release of the season, none of another; the title is kept
        var season = await SearchAsync(server, "t=tvsearch&tvdbid=176941&tvmazeid=335&season=1&extended=1&offset=0&limit=100");
        Assert.Equal(asks, providers.Requests.Count);
        Assert.Contains("Sherlock.S01.1080p.BluRay.x264-SHORTBREHD", season);
        Assert.Contains("Sherlock.S01E02.720p.HDTV.x264-FoV", season);
        Assert.DoesNotContain("Sherlock.S02E01.720p.HDTV.x264-FoV", season);
    }

    [Fact]
    public async Task MovieSearch_ImdbIdOnly_BothIndexersAnswerTheFilm()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var providers = await FakeProviders.StartAsync();
        await using var server = await HubServer.StartAsync(configuration: Providers(providers, tmdbKey: true));
        await server.AddIndexerAsync(fake.Site("byid"), "Ids");
        await server.AddIndexerAsync(fake.Site("titleonly"), "Titles");

        // as Radarr asks
        var titles = await SearchAsync(server, "t=movie&imdbid=tt0083658&extended=1&offset=0&limit=100&cat=2000");

        Assert.Equal(["Blade.Runner.1982.The.Final.Cut.1080p.BluRay.x264-AMIABLE", "Blade.Runner.1982.Theatrical.Cut.720p.BluRay.x264-SiNNERS"], titles.Order(StringComparer.Ordinal));
        var asked = fake.QueriesTo("titleonly").Single(q => q["t"] == "movie");
        Assert.Equal("Blade Runner 1982", asked["q"].ToString());
    }

    [Fact]
    public async Task TvSearch_IdsNoProviderKnows_TheSkipIsInTheHistoryWithWhy()
    {
        await using var fake = await FakeIndexer.StartAsync();
        await using var providers = await FakeProviders.StartAsync();
        await using var server = await HubServer.StartAsync(configuration: Providers(providers, tmdbKey: false));
        var id = (await server.AddIndexerAsync(fake.Site("titleonly"), "Titles")).GetProperty("id").GetGuid();

        var titles = await SearchAsync(server, "t=tvsearch&tvdbid=999999&season=1&ep=1");

        Assert.Empty(titles);
        Assert.DoesNotContain(fake.QueriesTo("titleonly"), q => q["t"] == "tvsearch");
        var history = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/indexers/{id}/history", HubServer.Json);
        var skipped = history.EnumerateArray().Single(h => h.GetProperty("outcome").GetString() == "skipped");
        Assert.Contains("tvdbid=999999", skipped.GetProperty("parameters").GetString(), StringComparison.Ordinal);
        Assert.Contains("could not be turned into a title", skipped.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<IndexerCaps> CapsAsync(HubServer server, Guid? indexer)
    {
        var response = await server.Anonymous.GetAsync($"/api/v1/indexers/{(indexer is { } id ? id.ToString() : "all")}/torznab/api?t=caps&apikey={server.ApiKey}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CapsParser.Parse(await response.Content.ReadAsStreamAsync());
    }

    private static string Params(IndexerCaps caps, string mode) => string.Join(',', caps.Mode(mode).SupportedParams);

    private static async Task<List<string>> SearchAsync(HubServer server, string query)
    {
        var response = await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab/api?{query}&apikey={server.ApiKey}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants("item").Select(i => (string)i.Element("title")!)];
    }
}
