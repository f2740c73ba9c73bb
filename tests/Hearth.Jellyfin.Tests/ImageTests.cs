using System.Net;

namespace Hearth.Jellyfin.Tests;

/// <summary>Artwork as image loaders fetch it: no token, the tag from the item's DTO as the capability.</summary>
public sealed class ImageTests(BrowsingLibrary library) : IClassFixture<BrowsingLibrary>
{
    private async Task<(string Id, string Tag)> AlphaPosterAsync()
    {
        var id = library.Ids["Alpha Strike"];
        var movie = await library.Admin.GetJsonAsync($"/Items/{id}");
        return (id, movie.GetProperty("ImageTags").GetProperty("Primary").GetString()!);
    }

    [Fact]
    public async Task Image_ValidTagWithoutAuth_ServesTheImageForLong()
    {
        var (id, tag) = await AlphaPosterAsync();
        using var anonymous = new HttpClient { BaseAddress = new Uri(library.Server.Url) };

        var response = await anonymous.GetAsync($"/Items/{id}/Images/Primary?tag={tag}&maxWidth=100&quality=90");
        var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/items/{id}/images/primary/0?tag={tag}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 100);
        Assert.Equal([0xFF, 0xD8], bytes[..2]);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Image_WrongOrNoTagWithoutAuth_401()
    {
        var (id, tag) = await AlphaPosterAsync();
        using var anonymous = new HttpClient { BaseAddress = new Uri(library.Server.Url) };
        var wrong = (tag[0] == 'a' ? "b" : "a") + tag[1..];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/Items/{id}/Images/Primary?tag={wrong}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/Items/{id}/Images/Primary")).StatusCode);
        // a tag is for its own item and kind only
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/Items/{id}/Images/Backdrop?tag={tag}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/Items/{library.Ids["Bravo Days"]}/Images/Primary?tag={tag}")).StatusCode);
    }

    [Fact]
    public async Task Image_SignedInWithoutTag_ByTheCallersLibraries()
    {
        var (id, _) = await AlphaPosterAsync();
        var (_, moviesOnly, _) = await library.UserAsync(library.Movies);
        var (_, showsOnly, _) = await library.UserAsync(library.Shows);

        var allowed = await moviesOnly.GetAsync($"/Items/{id}/Images/Primary?maxWidth=99999&maxHeight=-3");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await showsOnly.GetAsync($"/Items/{id}/Images/Primary")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moviesOnly.GetAsync($"/Items/{id}/Images/Logo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moviesOnly.GetAsync($"/Items/{id}/Images/Primary/3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moviesOnly.GetAsync($"/Items/{id}/Images/Chapter")).StatusCode);
    }

    [Fact]
    public async Task Image_EpisodeAndShowArtByTheirTags_ServedWithoutAuth()
    {
        var episode = await library.Admin.GetJsonAsync($"/Items/{library.Ids["S01E01"]}");
        using var anonymous = new HttpClient { BaseAddress = new Uri(library.Server.Url) };

        // an episode's Primary is its still (a frame of the video here), its backdrop the show's
        var still = await anonymous.GetAsync($"/Items/{library.Ids["S01E01"]}/Images/Primary?tag={episode.GetProperty("ImageTags").GetProperty("Primary").GetString()}&fillWidth=320");
        var show = episode.GetProperty("ParentBackdropItemId").GetString();
        var backdrop = await anonymous.GetAsync($"/Items/{show}/Images/Backdrop/0?tag={episode.GetProperty("ParentBackdropImageTags")[0].GetString()}");
        var poster = await anonymous.GetAsync($"/Items/{show}/Images/Primary?tag={episode.GetProperty("SeriesPrimaryImageTag").GetString()}");

        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backdrop.StatusCode);
        Assert.Equal(HttpStatusCode.OK, poster.StatusCode);
        Assert.Equal(16.0 / 9.0, episode.GetProperty("PrimaryImageAspectRatio").GetDouble(), 3);
    }

    [Fact]
    public async Task NativeImageRoute_AfterTheSharedHelper_StillServes()
    {
        var id = Guid.ParseExact(library.Ids["Alpha Strike"], "N");

        var response = await library.Server.Admin.GetAsync($"/api/v1/items/{id}/images/poster?maxWidth=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await library.Server.Admin.GetAsync($"/api/v1/items/{Guid.ParseExact(library.Ids["Bravo Days"], "N")}/images/poster")).StatusCode);
        Assert.Null((await library.Server.Admin.GetAsync($"/api/v1/items/{Guid.ParseExact(library.Ids["Bravo Days"], "N")}/images/poster")).Headers.CacheControl?.MaxAge);
    }
}
