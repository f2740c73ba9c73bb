using System.Net;
using System.Text.Json;

namespace Hearth.Jellyfin.Tests;

public sealed class BrowsingTests(BrowsingLibrary library) : IClassFixture<BrowsingLibrary>
{
    private HttpClient Admin => library.Admin;

    [Fact]
    public async Task Views_UserWithOneLibrary_SeesOneViewAndNothingOfTheOther()
    {
        var (_, user, userId) = await library.UserAsync(library.Movies);
        var show = (await Admin.GetJsonAsync($"/Items?ParentId={library.Shows:N}")).GetProperty("Items")[0].GetProperty("Id").GetString();

        var views = await user.GetJsonAsync($"/UserViews?userId={userId}");
        var viewsByPath = await user.GetJsonAsync($"/Users/{userId}/Views");

        Assert.Equal(1, views.GetProperty("TotalRecordCount").GetInt32());
        var view = views.GetProperty("Items")[0];
        Assert.Equal(library.Movies.ToString("N"), view.GetProperty("Id").GetString());
        Assert.Equal("CollectionFolder", view.GetProperty("Type").GetString());
        Assert.Equal("movies", view.GetProperty("CollectionType").GetString());
        Assert.True(view.GetProperty("IsFolder").GetBoolean());
        Assert.Equal(1, viewsByPath.GetProperty("TotalRecordCount").GetInt32());

        Assert.Equal(3, (await user.GetJsonAsync("/Items?Recursive=true")).GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(0, (await user.GetJsonAsync("/Items?Recursive=true&IncludeItemTypes=Episode,Series,Season")).GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(0, (await user.GetJsonAsync($"/Items?ParentId={library.Shows:N}&Recursive=true")).GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/Items/{library.Ids["S01E01"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/Users/{userId}/Items/{show}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/Shows/{show}/Episodes")).StatusCode);
        Assert.DoesNotContain(BrowsingLibrary.Names(await user.GetJsonAsync("/Items/Latest")), n => n.Contains("Harbour", StringComparison.Ordinal));
        Assert.Equal(0, (await user.GetJsonAsync("/Search/Hints?SearchTerm=harbour")).GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync($"/Items/{show}/Images/Primary")).StatusCode);
    }

    [Fact]
    public async Task Items_OtherUsersId_RefusedUnlessAdmin()
    {
        var (_, user, _) = await library.UserAsync(library.Movies);
        var (_, _, otherId) = await library.UserAsync(library.Shows);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/Users/{otherId}/Items?Recursive=true")).StatusCode);
        // an admin browses as the person, with that person's libraries
        var asOther = await Admin.GetJsonAsync($"/UserViews?userId={otherId}");
        Assert.Equal([library.Shows.ToString("N")], asOther.GetProperty("Items").EnumerateArray().Select(v => v.GetProperty("Id").GetString()));
    }

    [Fact]
    public async Task Items_IncludeMovieRecursiveWithPaging_PageAndTotal()
    {
        var page = await Admin.GetJsonAsync("/Items?IncludeItemTypes=Movie&Recursive=true&SortBy=SortName&StartIndex=1&Limit=1&Fields=ParentId");

        Assert.Equal(3, page.GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(1, page.GetProperty("StartIndex").GetInt32());
        Assert.Equal(["Bravo Days"], BrowsingLibrary.Names(page));
        var movie = page.GetProperty("Items")[0];
        Assert.Equal("Movie", movie.GetProperty("Type").GetString());
        Assert.Equal("Video", movie.GetProperty("MediaType").GetString());
        Assert.Equal(library.Movies.ToString("N"), movie.GetProperty("ParentId").GetString());
        Assert.False(movie.TryGetProperty("Path", out _));
    }

    [Fact]
    public async Task Items_OptionalFields_OnlyWhenAsked()
    {
        // as Jellyfin's own DTO writer: sort name, parent, creation date, size and the lists only when Fields names them
        var bare = (await Admin.GetJsonAsync("/Items?IncludeItemTypes=Movie&Recursive=true&Limit=1")).GetProperty("Items")[0];
        foreach (var field in (string[])["SortName", "ParentId", "DateCreated", "PlayAccess", "Width", "Height", "Tags", "RemoteTrailers", "Chapters", "ExternalUrls", "LockedFields", "LocalTrailerCount"])
        {
            Assert.False(bare.TryGetProperty(field, out _), field);
        }

        Assert.True(bare.TryGetProperty("UserData", out _));
        Assert.True(bare.TryGetProperty("ImageTags", out _));

        var asked = (await Admin.GetJsonAsync("/Items?IncludeItemTypes=Movie&Recursive=true&Limit=1&Fields=SortName,DateCreated,Tags,Chapters,Settings,Width"))
            .GetProperty("Items")[0];
        Assert.Equal(JsonValueKind.String, asked.GetProperty("SortName").ValueKind);
        Assert.Equal(JsonValueKind.String, asked.GetProperty("DateCreated").ValueKind);
        Assert.Equal(JsonValueKind.Array, asked.GetProperty("Tags").ValueKind);
        Assert.Equal(JsonValueKind.Array, asked.GetProperty("Chapters").ValueKind);
        Assert.Equal(JsonValueKind.Array, asked.GetProperty("LockedFields").ValueKind);
        Assert.False(asked.TryGetProperty("ParentId", out _));

        // one item read by id carries everything
        var one = await Admin.GetJsonAsync($"/Items/{bare.GetProperty("Id").GetString()}");
        Assert.Equal(JsonValueKind.String, one.GetProperty("SortName").ValueKind);
        Assert.Equal(JsonValueKind.String, one.GetProperty("ParentId").ValueKind);
    }

    [Fact]
    public async Task Items_AnAppThatAcceptsGzip_GetsThePageCompressed()
    {
        // as Jellyfin compresses its answers: the apps' HTTP stacks (OkHttp, URLSession) ask for gzip on their own
        const string page = "/Items?Recursive=true&Fields=SortName,DateCreated,Tags,Settings,ProviderIds,Overview,Genres";
        var plain = await Admin.GetByteArrayAsync(page);
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await Admin.SendAsync(request);

        Assert.True(plain.Length > 2048, $"a page of {plain.Length} bytes is too small to show it");
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var zipped = await response.Content.ReadAsByteArrayAsync();
        Assert.True(zipped.Length < plain.Length / 2, $"{zipped.Length} of {plain.Length} bytes");
        using var unzip = new System.IO.Compression.GZipStream(new MemoryStream(zipped), System.IO.Compression.CompressionMode.Decompress);
        using var json = new MemoryStream();
        await unzip.CopyToAsync(json);
        Assert.Equal(plain, json.ToArray());
    }

    [Fact]
    public async Task Items_SeriesSeasonsEpisodes_EachLevelByParent()
    {
        var series = (await Admin.GetJsonAsync($"/Items?ParentId={library.Shows:N}")).GetProperty("Items");
        Assert.Equal(1, series.GetArrayLength());
        Assert.Equal("Series", series[0].GetProperty("Type").GetString());
        var showId = series[0].GetProperty("Id").GetString();

        var seasons = await Admin.GetJsonAsync($"/Items?ParentId={showId}");
        Assert.Equal(["Season", "Season"], seasons.GetProperty("Items").EnumerateArray().Select(s => s.GetProperty("Type").GetString()));
        var seasonOne = seasons.GetProperty("Items")[0];
        Assert.Equal(1, seasonOne.GetProperty("IndexNumber").GetInt32());
        Assert.Equal(2, seasonOne.GetProperty("ChildCount").GetInt32());

        var episodes = (await Admin.GetJsonAsync($"/Items?ParentId={seasonOne.GetProperty("Id").GetString()}")).GetProperty("Items");
        Assert.Equal(2, episodes.GetArrayLength());
        Assert.Equal(showId, episodes[0].GetProperty("SeriesId").GetString());
        Assert.Equal(seasonOne.GetProperty("Id").GetString(), episodes[0].GetProperty("SeasonId").GetString());
        Assert.Equal("Harbour Lights", episodes[0].GetProperty("SeriesName").GetString());
        Assert.True(episodes[0].GetProperty("ImageTags").TryGetProperty("Primary", out _));
        Assert.True(episodes[0].TryGetProperty("SeriesPrimaryImageTag", out _));
        Assert.Equal(showId, episodes[0].GetProperty("ParentBackdropItemId").GetString());

        Assert.Equal(2, (await Admin.GetJsonAsync($"/Shows/{showId}/Seasons")).GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(3, (await Admin.GetJsonAsync($"/Shows/{showId}/Episodes")).GetProperty("TotalRecordCount").GetInt32());
        var second = await Admin.GetJsonAsync($"/Shows/{showId}/Episodes?Season=2");
        Assert.Equal([library.Ids["S02E01"]], second.GetProperty("Items").EnumerateArray().Select(e => e.GetProperty("Id").GetString()));
        var bySeasonId = await Admin.GetJsonAsync($"/Shows/{showId}/Episodes?SeasonId={seasonOne.GetProperty("Id").GetString()}");
        Assert.Equal([library.Ids["S01E01"], library.Ids["S01E02"]], bySeasonId.GetProperty("Items").EnumerateArray().Select(e => e.GetProperty("Id").GetString()));
    }

    [Fact]
    public async Task Items_FiltersPlayedFavoriteResumable_MatchTheUsersMarks()
    {
        var (native, user, _) = await library.UserAsync(library.Movies, library.Shows);
        await BrowsingLibrary.MarkAsync(native, library.Ids["Alpha Strike"], new { played = true });
        await BrowsingLibrary.MarkAsync(native, library.Ids["Bravo Days"], new { favourite = true });
        await BrowsingLibrary.MarkAsync(native, library.Ids["Charlie Noon"], new { positionMs = 300 });
        const string movies = "/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=SortName";

        Assert.Equal(["Alpha Strike"], BrowsingLibrary.Names(await user.GetJsonAsync(movies + "&Filters=IsPlayed")));
        Assert.Equal(["Bravo Days", "Charlie Noon"], BrowsingLibrary.Names(await user.GetJsonAsync(movies + "&Filters=IsUnplayed")));
        Assert.Equal(["Bravo Days"], BrowsingLibrary.Names(await user.GetJsonAsync(movies + "&Filters=IsFavorite")));
        Assert.Equal(["Bravo Days"], BrowsingLibrary.Names(await user.GetJsonAsync(movies + "&IsFavorite=true")));
        Assert.Equal(["Charlie Noon"], BrowsingLibrary.Names(await user.GetJsonAsync(movies + "&Filters=IsResumable")));
        // the admin has marked nothing
        Assert.Empty(BrowsingLibrary.Names(await Admin.GetJsonAsync(movies + "&Filters=IsPlayed")));

        var resume = await user.GetJsonAsync("/UserItems/Resume?Limit=10&MediaTypes=Video");
        Assert.Equal(["Charlie Noon"], BrowsingLibrary.Names(resume));
        var data = resume.GetProperty("Items")[0].GetProperty("UserData");
        Assert.Equal(300 * 10_000, data.GetProperty("PlaybackPositionTicks").GetInt64());
        Assert.Equal(library.Ids["Charlie Noon"], data.GetProperty("Key").GetString());
        Assert.Equal(0, (await user.GetJsonAsync("/UserItems/Resume?MediaTypes=Audio")).GetProperty("TotalRecordCount").GetInt32());
    }

    [Fact]
    public async Task Items_KeptBetweenRequests_EachCallerSeesOnlyTheirOwnMarks()
    {
        var (native, user, _) = await library.UserAsync(library.Movies, library.Shows);
        var (_, other, _) = await library.UserAsync(library.Movies, library.Shows);
        await BrowsingLibrary.MarkAsync(native, library.Ids["Bravo Days"], new { favourite = true, positionMs = 300 });
        const string movies = "/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=SortName&Fields=Overview";

        // the first page is made from rows and keeps its items; the others, at other addresses, are made from what it kept
        var first = await user.GetJsonAsync(movies + "&Limit=3");
        var kept = await user.GetJsonAsync(movies + "&Limit=2&StartIndex=1");
        var othersView = await other.GetJsonAsync(movies + "&Limit=2&StartIndex=1&EnableTotalRecordCount=true");

        JsonElement Bravo(JsonElement page) => page.GetProperty("Items").EnumerateArray().Single(i => i.GetProperty("Name").GetString() == "Bravo Days");
        Assert.Equal(["Bravo Days", "Charlie Noon"], BrowsingLibrary.Names(kept));
        Assert.Equal(3, kept.GetProperty("TotalRecordCount").GetInt32());
        Assert.Equal(1, kept.GetProperty("StartIndex").GetInt32());
        foreach (var page in new[] { first, kept })
        {
            var data = Bravo(page).GetProperty("UserData");
            Assert.True(data.GetProperty("IsFavorite").GetBoolean());
            Assert.Equal(300L * 10_000, data.GetProperty("PlaybackPositionTicks").GetInt64());
            Assert.True(data.GetProperty("PlayedPercentage").GetDouble() > 0);
            Assert.Equal(library.Ids["Bravo Days"], data.GetProperty("ItemId").GetString());
        }

        Assert.Equal(Bravo(first).GetProperty("Overview").GetString(), Bravo(kept).GetProperty("Overview").GetString());
        var theirs = Bravo(othersView).GetProperty("UserData");
        Assert.False(theirs.GetProperty("IsFavorite").GetBoolean());
        Assert.Equal(0, theirs.GetProperty("PlaybackPositionTicks").GetInt64());
        Assert.Equal(library.Ids["Bravo Days"], theirs.GetProperty("Key").GetString());
    }

    [Fact]
    public async Task Items_SearchGenresYears_NarrowTheList()
    {
        const string movies = "/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=SortName";

        Assert.Equal(["Bravo Days"], BrowsingLibrary.Names(await Admin.GetJsonAsync(movies + "&SearchTerm=bravo")));
        Assert.Equal(["Alpha Strike", "Charlie Noon"], BrowsingLibrary.Names(await Admin.GetJsonAsync(movies + "&Genres=Action")));
        Assert.Equal(["Bravo Days", "Charlie Noon"], BrowsingLibrary.Names(await Admin.GetJsonAsync(movies + "&Genres=Drama%7CComedy")));
        Assert.Equal(["Alpha Strike", "Bravo Days"], BrowsingLibrary.Names(await Admin.GetJsonAsync(movies + "&Years=2001,2005")));

        var genres = await Admin.GetJsonAsync($"/Genres?ParentId={library.Movies:N}");
        Assert.Equal(["Action", "Comedy", "Drama"], BrowsingLibrary.Names(genres));
        Assert.All(genres.GetProperty("Items").EnumerateArray(), g => Assert.Equal("Genre", g.GetProperty("Type").GetString()));
        var again = await Admin.GetJsonAsync("/Genres");
        Assert.Equal(genres.GetProperty("Items")[0].GetProperty("Id").GetString(), again.GetProperty("Items")[0].GetProperty("Id").GetString());

        var similar = await Admin.GetJsonAsync($"/Items/{library.Ids["Alpha Strike"]}/Similar");
        Assert.Equal(["Charlie Noon"], BrowsingLibrary.Names(similar));

        var hints = await Admin.GetJsonAsync("/Search/Hints?SearchTerm=harbour");
        var hint = hints.GetProperty("SearchHints")[0];
        Assert.Equal("Series", hint.GetProperty("Type").GetString());
        Assert.Equal(hint.GetProperty("Id").GetString(), hint.GetProperty("ItemId").GetString());
    }

    [Fact]
    public async Task Items_SortByDateCreatedDescendingOrYear_Ordered()
    {
        var newest = await Admin.GetJsonAsync("/Items?Recursive=true&IncludeItemTypes=Movie,Episode&SortBy=DateCreated,SortName&SortOrder=Descending&Fields=DateCreated");
        var dates = newest.GetProperty("Items").EnumerateArray().Select(i => i.GetProperty("DateCreated").GetDateTimeOffset()).ToList();
        Assert.Equal(6, dates.Count);
        Assert.Equal(dates.OrderDescending(), dates);
        // the shows library was added after the movies
        Assert.Equal("Episode", newest.GetProperty("Items")[0].GetProperty("Type").GetString());

        var byYear = await Admin.GetJsonAsync("/Items?Recursive=true&IncludeItemTypes=Movie&SortBy=ProductionYear&SortOrder=Descending");
        Assert.Equal(["Bravo Days", "Alpha Strike", "Charlie Noon"], BrowsingLibrary.Names(byYear));
    }

    [Fact]
    public async Task Latest_EpisodesOfAShow_GroupedIntoTheSeries()
    {
        var grouped = await Admin.GetJsonAsync($"/Items/Latest?ParentId={library.Shows:N}&Limit=10");
        var flat = await Admin.GetJsonAsync($"/Users/{(await Admin.GetJsonAsync("/Users/Me")).GetProperty("Id").GetString()}/Items/Latest?ParentId={library.Shows:N}&GroupItems=false");

        Assert.Equal(JsonValueKind.Array, grouped.ValueKind);
        Assert.Equal(["Series"], grouped.EnumerateArray().Select(i => i.GetProperty("Type").GetString()));
        Assert.Equal(3, flat.GetArrayLength());
        Assert.Equal(0, (await Admin.GetJsonAsync("/Items/Latest?IncludeItemTypes=MusicAlbum")).GetArrayLength());
    }

    [Fact]
    public async Task NextUp_AfterAFinishedEpisode_OffersTheNextOne()
    {
        var (native, user, _) = await library.UserAsync(library.Shows);
        Assert.Equal(0, (await user.GetJsonAsync("/Shows/NextUp")).GetProperty("TotalRecordCount").GetInt32());

        await BrowsingLibrary.MarkAsync(native, library.Ids["S01E01"], new { played = true });
        var next = await user.GetJsonAsync("/Shows/NextUp?Limit=5");

        Assert.Equal([library.Ids["S01E02"]], next.GetProperty("Items").EnumerateArray().Select(e => e.GetProperty("Id").GetString()));
        var show = next.GetProperty("Items")[0].GetProperty("SeriesId").GetString();
        Assert.Equal(1, (await user.GetJsonAsync($"/Shows/NextUp?SeriesId={show}")).GetProperty("TotalRecordCount").GetInt32());
        // the show shows what is left
        var series = await user.GetJsonAsync($"/Items/{show}");
        Assert.Equal(2, series.GetProperty("UserData").GetProperty("UnplayedItemCount").GetInt32());
    }

    [Fact]
    public async Task Items_HugeLimitOrBadPaging_ClampedOr400()
    {
        var huge = await Admin.GetJsonAsync("/Items?Recursive=true&Limit=1000000");

        Assert.Equal(huge.GetProperty("TotalRecordCount").GetInt32(), huge.GetProperty("Items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/Items?Recursive=true&StartIndex=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/Items?Limit=-5")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Admin.GetAsync("/Items?Limit=lots")).StatusCode);
    }

    [Fact]
    public async Task Items_BadIdsOrUnknownTypes_NotFoundOrEmptyNever500()
    {
        foreach (var id in new[] { "..%2F..%2Fetc%2Fpasswd", "123", "00000000000000000000000000000000", Guid.NewGuid().ToString("N") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Items/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Users/{id}/Items")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/Items/{id}/Images/Primary")).StatusCode);
            Assert.Equal(0, (await Admin.GetJsonAsync($"/Items?ParentId={id}")).GetProperty("TotalRecordCount").GetInt32());
        }

        foreach (var types in new[] { "MusicAlbum", "BoxSet,Playlist", "Person" })
        {
            Assert.Equal(0, (await Admin.GetJsonAsync($"/Items?Recursive=true&IncludeItemTypes={types}")).GetProperty("TotalRecordCount").GetInt32());
        }
    }

    [Fact]
    public async Task Item_Single_CarriesFullFields()
    {
        var movie = await Admin.GetJsonAsync($"/Items/{library.Ids["Alpha Strike"]}");

        Assert.Equal("Movie", movie.GetProperty("Type").GetString());
        Assert.Equal("About Alpha Strike.", movie.GetProperty("Overview").GetString());
        Assert.Equal(["Action"], movie.GetProperty("Genres").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(["Tag of Alpha Strike"], movie.GetProperty("Taglines").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("2001", movie.GetProperty("ProviderIds").GetProperty("Tmdb").GetString());
        var people = movie.GetProperty("People").EnumerateArray().ToDictionary(p => p.GetProperty("Name").GetString()!, p => p.GetProperty("Type").GetString());
        Assert.Equal("Actor", people["Ann Actor"]);
        Assert.Equal("Director", people["Dee Rector"]);
        Assert.Equal("Test Studio", movie.GetProperty("Studios")[0].GetProperty("Name").GetString());
        Assert.Matches("^[0-9a-f]{32}$", movie.GetProperty("ImageTags").GetProperty("Primary").GetString());
        Assert.Equal(2.0 / 3.0, movie.GetProperty("PrimaryImageAspectRatio").GetDouble(), 3);
        Assert.Equal(7.5, movie.GetProperty("CommunityRating").GetDouble(), 3);
        Assert.Equal(2001, movie.GetProperty("ProductionYear").GetInt32());
        Assert.True(movie.GetProperty("RunTimeTicks").GetInt64() > 0);
        Assert.Equal((await Admin.GetJsonAsync("/System/Info/Public")).GetProperty("Id").GetString(), movie.GetProperty("ServerId").GetString());
        Assert.False(movie.TryGetProperty("Path", out _));
        // a poster-less film has no Primary tag: apps draw their placeholder instead of a broken image
        var bravo = await Admin.GetJsonAsync($"/Items/{library.Ids["Bravo Days"]}");
        Assert.False(bravo.GetProperty("ImageTags").TryGetProperty("Primary", out _));
    }
}
