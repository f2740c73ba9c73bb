using Hearth.Core.Metadata;
using Hearth.Testing;
using Microsoft.AspNetCore.Http;

namespace Hearth.Library.Tests.Metadata.Providers;

public sealed class TmdbClientTests
{
    private const string Img = "https://image.tmdb.org/t/p/";

    [Fact]
    public async Task SearchMoviesAsync_TitleAndYear_SendsThemAndMapsCandidates()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.SearchMoviesAsync("Blade Runner", 1982, "de-DE", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        var search = Assert.Single(rig.Fake.Requests, r => r.Path == "/tmdb/3/search/movie");
        Assert.Contains("query=Blade%20Runner", search.Query, StringComparison.Ordinal);
        Assert.Contains("year=1982", search.Query, StringComparison.Ordinal);
        Assert.Contains("language=de-DE", search.Query, StringComparison.Ordinal);
        Assert.Equal(2, result.Value!.Count);
        var first = result.Value[0];
        Assert.Equal(
            ("tmdb", "78", MetadataKind.Movie, "Blade Runner", "Blade Runner", 1982, Img + "w342/63N9uy8nd9j7Eog2axPQ8lbr3Wj.jpg", (double?)61.417),
            (first.Provider, first.Id, first.Kind, first.Title, first.OriginalTitle, first.Year, first.PosterUrl, first.Popularity));
        Assert.Empty(first.AlternativeTitles);
        Assert.StartsWith("In the smog-choked", first.Overview, StringComparison.Ordinal);
        // an empty date and an empty overview are unknown, not a year 1 or an empty text
        Assert.Null(result.Value[1].Year);
        Assert.Null(result.Value[1].Overview);
        Assert.Null(result.Value[1].PosterUrl);
    }

    [Fact]
    public async Task SearchShowsAsync_TitleAndYear_SendsFirstAirDateYear()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.SearchShowsAsync("Sherlock", 2010, "en-US", CancellationToken.None);

        Assert.True(result.IsOk);
        var search = Assert.Single(rig.Fake.Requests, r => r.Path == "/tmdb/3/search/tv");
        Assert.Contains("first_air_date_year=2010", search.Query, StringComparison.Ordinal);
        var hit = Assert.Single(result.Value!);
        Assert.Equal(("19885", MetadataKind.Show, "Sherlock", 2010), (hit.Id, hit.Kind, hit.Title, hit.Year));
    }

    [Fact]
    public async Task SearchMoviesAsync_NothingMatches_OkAndEmpty()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.SearchMoviesAsync("No Such Film", null, "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        Assert.Empty(result.Value!);
        Assert.DoesNotContain("year=", Assert.Single(rig.Fake.Requests, r => r.Path == "/tmdb/3/search/movie").Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovieAsync_BladeRunner_MapsEveryField()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["ImageLanguages:0"] = "en" });

        var result = await rig.Tmdb.MovieAsync("78", "de-DE", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        var request = Assert.Single(rig.Fake.Requests, r => r.Path == "/tmdb/3/movie/78");
        Assert.Contains("append_to_response=credits,images,release_dates,external_ids,alternative_titles", request.Query, StringComparison.Ordinal);
        Assert.Contains("include_image_language=de,en,null", request.Query, StringComparison.Ordinal);
        Assert.Contains("language=de-DE", request.Query, StringComparison.Ordinal);
        var m = result.Value!;
        Assert.Equal(("tmdb", "78", "Blade Runner", "Blade Runner", "en"), (m.Provider, m.Id, m.Title, m.OriginalTitle, m.OriginalLanguage));
        Assert.Equal(new Dictionary<string, string> { ["tmdb"] = "78", ["imdb"] = "tt0083658" }, m.ExternalIds);
        Assert.Equal(new DateOnly(1982, 6, 25), m.ReleaseDate);
        Assert.Equal(1982, m.Year);
        Assert.Equal("Man has made his match... now it's his problem.", m.Tagline);
        Assert.StartsWith("In the smog-choked dystopian Los Angeles", m.Overview, StringComparison.Ordinal);
        Assert.Equal(["Science Fiction", "Drama", "Thriller"], m.Genres);
        Assert.Equal(["The Ladd Company", "Shaw Brothers", "Warner Bros. Pictures"], m.Studios);
        Assert.Equal(7.9, m.CommunityRating);
        Assert.Equal(118, m.RuntimeMinutes);
        // the theatrical release's rating per country; a country whose releases carry none has none
        Assert.Equal(new Dictionary<string, string> { ["US"] = "R", ["DE"] = "16" }, m.Certifications);
        Assert.Equal(["Blade Runner: The Final Cut", "Blade Runner - O Caçador de Andróides"], m.AlternativeTitles);
        // the film names its collection; the collection's own answer brings its overview
        Assert.Equal(new RemoteCollection("tmdb", "422837", "Blade Runner Collection", "Two films about the replicants and the blade runners who hunt them, thirty years apart.", Img + "w780/qTcATCpiFDcgY8snQIfS2j0bFP7.jpg", Img + "w1280/bSHZIvLoPBWyGLeiAudN1mXdvQX.jpg"), m.Collection);
        Assert.Contains(rig.Fake.Requests, r => r.Path == "/tmdb/3/collection/422837" && r.Query.Contains("language=de-DE", StringComparison.Ordinal));

        Assert.Equal(
            [
                new RemotePerson("Harrison Ford", "Rick Deckard", "Actor", Img + "w185/zVnHagUvXkR2StdOtquEwsiwSVt.jpg", 0),
                new RemotePerson("Rutger Hauer", "Roy Batty", "Actor", Img + "w185/oTcAmXeTi6bUSZCK1a5mRnbBeSs.jpg", 1),
                new RemotePerson("Sean Young", "Rachael", "Actor", null, 2),
                new RemotePerson("Ridley Scott", "Director", "Director", Img + "w185/zABJmN9opmqD4orWl3KSdCaSo7Q.jpg", 0),
                new RemotePerson("Hampton Fancher", "Screenplay", "Writer", null, 1),
                new RemotePerson("David Peoples", "Screenplay", "Writer", null, 2),
                new RemotePerson("Vangelis", "Original Music Composer", "Composer", Img + "w185/sjdFKVemyYFWi6xhsXSdqIdyngZ.jpg", 3),
                new RemotePerson("Michael Deeley", "Producer", "Producer", null, 4),
            ],
            m.People);

        Assert.Equal(
            [
                new RemoteImage(ImageRole.Poster, Img + "w780/63N9uy8nd9j7Eog2axPQ8lbr3Wj.jpg", "en", 5.788, 22, 2000, 3000),
                new RemoteImage(ImageRole.Poster, Img + "w780/wB3s9hOBNd3Bo2ve8Nqi0DvE6Hh.jpg", "de", 5.318, 3, 1000, 1500),
                new RemoteImage(ImageRole.Poster, Img + "w780/uMp4Chm1xYbCYFJsEYr7LNjB6bZ.jpg", null, 0, 0, 1900, 2850),
                new RemoteImage(ImageRole.Backdrop, Img + "w1280/eIi3klFf7mp3oL5EEF4mLIDs26r.jpg", null, 5.522, 12, 3840, 2160),
                new RemoteImage(ImageRole.Backdrop, Img + "w1280/k5JvNs4ZSnmdKbLcVlcsTm1Y6dU.jpg", "en", 5.3, 4, 1920, 1080),
                new RemoteImage(ImageRole.Logo, Img + "original/mJ1UVg2b3OQ8fZ5kCyLwWzG3GAV.png", "en", 5.388, 4, 2000, 404),
            ],
            m.Images);
    }

    [Fact]
    public async Task MovieAsync_CollectionCannotBeRead_TheFilmKeepsItsReferenceToIt()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/collection/422837", async (http, _) =>
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync("""{"success":false,"status_code":34,"status_message":"The resource you requested could not be found."}""");
            return true;
        });

        var result = await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        Assert.Equal(("422837", "Blade Runner Collection", (string?)null), (result.Value!.Collection!.Id, result.Value.Collection.Name, result.Value.Collection.Overview));
    }

    [Fact]
    public async Task MovieAsync_TwoCalls_ConfigurationReadOnce()
    {
        await using var rig = await ProviderRig.StartAsync(settings: new Dictionary<string, string> { ["CacheTtl"] = "00:00:00" });

        Assert.True((await rig.Tmdb.MovieAsync("78", "en-US", CancellationToken.None)).IsOk);
        Assert.True((await rig.Tmdb.SearchMoviesAsync("Blade Runner", null, "en-US", CancellationToken.None)).IsOk);

        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/configuration"));
    }

    [Fact]
    public async Task ShowAsync_Sherlock_MapsShowAndSeasons()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.ShowAsync("19885", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        var request = Assert.Single(rig.Fake.Requests, r => r.Path == "/tmdb/3/tv/19885");
        Assert.Contains("append_to_response=credits,images,content_ratings,external_ids,alternative_titles", request.Query, StringComparison.Ordinal);
        var s = result.Value!;
        Assert.Equal(("tmdb", "19885", "Sherlock", "Sherlock", "en", "Ended", "The game is on."), (s.Provider, s.Id, s.Title, s.OriginalTitle, s.OriginalLanguage, s.Status, s.Tagline));
        Assert.Equal(new Dictionary<string, string> { ["tmdb"] = "19885", ["imdb"] = "tt1475582", ["tvdb"] = "176941" }, s.ExternalIds);
        Assert.Equal(new DateOnly(2010, 7, 25), s.FirstAired);
        Assert.Equal(["Crime", "Drama", "Mystery"], s.Genres);
        Assert.Equal(["BBC One"], s.Studios);
        Assert.Equal(8.5, s.CommunityRating);
        Assert.Equal(90, s.EpisodeRuntimeMinutes);
        Assert.Equal(new Dictionary<string, string> { ["US"] = "TV-14", ["DE"] = "12" }, s.Certifications);
        Assert.Equal(["Sherlock (2010)", "Шерлок"], s.AlternativeTitles);
        Assert.Equal(["Benedict Cumberbatch", "Martin Freeman", "Mark Gatiss", "David Arnold"], s.People.Select(p => p.Name));
        Assert.Equal(["Actor", "Actor", "Producer", "Composer"], s.People.Select(p => p.Type));
        Assert.Equal("Sherlock Holmes", s.People[0].Role);
        Assert.Equal([ImageRole.Poster, ImageRole.Backdrop], s.Images.Select(i => i.Role));
        Assert.Equal(
            [
                new SeasonMetadata(0, "Specials", null, new DateOnly(2016, 1, 1), [new RemoteImage(ImageRole.Poster, Img + "w780/sp3c1al5P0st3r.jpg", null, null, null, null, null)]),
                new SeasonMetadata(1, "Series 1", "Dr. John Watson, a war veteran, meets Sherlock Holmes.", new DateOnly(2010, 7, 25), [new RemoteImage(ImageRole.Poster, Img + "w780/s3as0n1P0st3r.jpg", null, null, null, null, null)]),
            ],
            s.Seasons,
            new SeasonComparer());
    }

    [Fact]
    public async Task EpisodesAsync_Sherlock_WalksSeasonsWithSpecialsAsSeasonZero()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.EpisodesAsync("19885", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Ok, result.Outcome);
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/tv/19885/season/0"));
        Assert.Equal(1, rig.Fake.CountTo("/tmdb/3/tv/19885/season/1"));
        var episodes = result.Value!;
        Assert.Equal([(0, 1), (1, 1), (1, 2), (1, 3)], episodes.Select(e => (e.Season, e.Number)));
        var pilot = episodes[1];
        Assert.Equal(("A Study in Pink", 88, 8.3, new DateOnly(2010, 7, 25)), (pilot.Title, pilot.RuntimeMinutes, pilot.CommunityRating, pilot.AirDate));
        Assert.Equal(new RemoteImage(ImageRole.Thumb, Img + "w300/aStudy1nP1nk.jpg", null, null, null, null, null), Assert.Single(pilot.Images));
        Assert.Equal("64767", pilot.ExternalIds["tmdb"]);
        Assert.Empty(episodes[2].Images);
    }

    [Fact]
    public async Task EpisodesAsync_OneSeasonFails_WholeListFails()
    {
        await using var rig = await ProviderRig.StartAsync();
        rig.Fake.Override("/tmdb/3/tv/19885/season/1", async (http, _) =>
        {
            await FakeProviders.JsonAsync(http, "{}", 500);
            return true;
        });

        var result = await rig.Tmdb.EpisodesAsync("19885", "en-US", CancellationToken.None);

        Assert.Equal(ProviderOutcome.Unavailable, result.Outcome);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task FindMovieAsync_ImdbId_AnswersTmdbId()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.FindMovieAsync("imdb", "tt0083658", CancellationToken.None);

        Assert.Equal(ProviderResult<string>.Ok("78"), result);
        Assert.Equal("?external_source=imdb_id", Assert.Single(rig.Fake.Requests).Query[..24]);
    }

    [Fact]
    public async Task FindShowAsync_TvdbId_AnswersTmdbId()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.FindShowAsync("tvdb", "176941", CancellationToken.None);

        Assert.Equal(ProviderResult<string>.Ok("19885"), result);
    }

    [Fact]
    public async Task FindMovieAsync_UnknownImdbId_NotFound()
    {
        await using var rig = await ProviderRig.StartAsync();

        var result = await rig.Tmdb.FindMovieAsync("imdb", "tt9999999", CancellationToken.None);

        Assert.Equal(ProviderOutcome.NotFound, result.Outcome);
        Assert.Contains("tt9999999", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindShowAsync_TmdbSource_AnswersTheSameIdWithoutRequest()
    {
        await using var rig = await ProviderRig.StartAsync();

        Assert.Equal(ProviderResult<string>.Ok("19885"), await rig.Tmdb.FindShowAsync("tmdb", "19885", CancellationToken.None));
        Assert.Empty(rig.Fake.Requests);
    }

    private sealed class SeasonComparer : IEqualityComparer<SeasonMetadata>
    {
        public bool Equals(SeasonMetadata? x, SeasonMetadata? y) =>
            x is not null && y is not null && (x.Number, x.Name, x.Overview, x.AirDate) == (y.Number, y.Name, y.Overview, y.AirDate) && x.Images.SequenceEqual(y.Images);

        public int GetHashCode(SeasonMetadata obj) => obj.Number;
    }
}
