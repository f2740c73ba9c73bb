using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Hearth.Indexers.Caps;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>
/// The request sequences Sonarr and Radarr send a Torznab indexer (Replays/*.json, written from their source and
/// from a real Sonarr's run against Hearth), replayed against `all` with a tracker that searches by id and one that
/// searches only by text behind it. Every answer must be one the clients take whole: XML with, for each item, a
/// title, a guid, a pubDate (one item without it fails the whole feed in both), a torrent enclosure and a size.
/// </summary>
public sealed class ClientReplayTests
{
    private static readonly XNamespace Torznab = "http://torznab.com/schemas/2015/feed";

    [Theory]
    [InlineData("sonarr-v4.json")]
    [InlineData("radarr-v5.json")]
    public async Task Replay_EveryStep_AnswersWhatTheClientNeeds(string file)
    {
        using var replay = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Replays", file)));
        await using var fake = await FakeIndexer.StartAsync();
        await using var providers = await FakeProviders.StartAsync();
        await using var server = await HubServer.StartAsync(configuration: new Dictionary<string, string?>
        {
            ["Metadata:Tmdb:BaseUrl"] = providers.TmdbUrl,
            ["Metadata:TvMaze:BaseUrl"] = providers.TvMazeUrl,
            ["Metadata:Tmdb:ApiKey"] = FakeProviders.ApiKey,
            ["Metadata:Retries"] = "0",
        });
        await server.AddIndexerAsync(fake.Site("byid"), "Ids");
        await server.AddIndexerAsync(fake.Site("titleonly"), "Titles");

        foreach (var step in replay.RootElement.GetProperty("steps").EnumerateArray())
        {
            var what = step.GetProperty("what").GetString();
            var query = step.GetProperty("query").GetString()!.Replace("{apikey}", server.ApiKey, StringComparison.Ordinal);
            // the clients' own request: the base URL they were given plus /api, as they add it
            var response = await server.Anonymous.GetAsync("/api/v1/indexers/all/torznab/api?" + query);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}, {what}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            var expect = step.GetProperty("expect");
            if (query.StartsWith("t=caps", StringComparison.Ordinal))
            {
                var caps = CapsParser.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
                // the clients split supportedParams on commas without trimming
                Assert.DoesNotContain(" ", body.Split("supportedParams=\"").Skip(1).Select(p => p[..p.IndexOf('"', StringComparison.Ordinal)]));
                if (expect.TryGetProperty("tvSearch", out var tv))
                {
                    Assert.Equal(tv.GetString(), string.Join(',', caps.Mode("tv-search").SupportedParams));
                }

                if (expect.TryGetProperty("movieSearch", out var movie))
                {
                    Assert.Equal(movie.GetString(), string.Join(',', caps.Mode("movie-search").SupportedParams));
                }

                continue;
            }

            var items = XDocument.Parse(body).Descendants("item").ToList();
            foreach (var item in items)
            {
                var title = (string?)item.Element("title");
                Assert.False(string.IsNullOrEmpty(title), $"{file}, {what}: an item without a title");
                Assert.False(string.IsNullOrEmpty((string?)item.Element("guid")), $"{file}, {what}: {title} has no guid");
                Assert.True(DateTimeOffset.TryParse((string?)item.Element("pubDate"), CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{file}, {what}: {title} has no pubDate");
                var enclosure = item.Element("enclosure");
                Assert.False(string.IsNullOrEmpty((string?)enclosure?.Attribute("url")), $"{file}, {what}: {title} has no enclosure");
                Assert.StartsWith("application/x-bittorrent", (string?)enclosure!.Attribute("type"), StringComparison.Ordinal);
                var size = item.Elements(Torznab + "attr").FirstOrDefault(a => (string?)a.Attribute("name") == "size");
                Assert.True(long.Parse((string)size!.Attribute("value")!, CultureInfo.InvariantCulture) > 0, $"{file}, {what}: {title} has no size");
            }

            var titles = items.Select(i => (string)i.Element("title")!).Order(StringComparer.Ordinal).ToList();
            if (expect.TryGetProperty("titles", out var expected))
            {
                Assert.Equal(expected.EnumerateArray().Select(t => t.GetString()!).Order(StringComparer.Ordinal), titles);
            }

            if (expect.TryGetProperty("minItems", out var least))
            {
                Assert.True(titles.Count >= least.GetInt32(), $"{file}, {what}: {titles.Count} item(s)");
            }
        }
    }
}
