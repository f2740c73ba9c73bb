using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Testing;

namespace Hearth.Web.Tests;

public sealed class PlaybackApiTests : IAsyncLifetime
{
    private TestServer server = null!;
    private Guid library;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false);
        var movies = server.Folder.Combine("Movies");
        var embedded = Path.Combine(movies, "Spoken (2001)", "Spoken (2001).mkv");
        Directory.CreateDirectory(Path.GetDirectoryName(embedded)!);
        await new SyntheticClip { Subtitles = [new SyntheticSubtitle("Hello from inside", "eng")] }.MakeAsync(new ProcessRunner(), embedded, 2);
        var beside = await Media.ClipAsync(Path.Combine(movies, "Quiet (1999)", "Quiet (1999).mp4"));
        await File.WriteAllTextAsync(Path.ChangeExtension(beside, ".en.srt"), "1\n00:00:00,500 --> 00:00:01,500\nHello from beside\n");
        library = await server.AddLibraryAsync("Movies", "movies", movies);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private async Task<(Guid Id, JsonElement Subtitle)> MovieAsync(string title, bool external)
    {
        var page = await server.ItemsAsync(server.Admin, $"libraryId={library}&search={title}");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}", TestServer.Json);
        var subtitle = detail.GetProperty("mediaInfo").GetProperty("subtitles").EnumerateArray().First(s => s.GetProperty("isExternal").GetBoolean() == external);
        return (id, subtitle);
    }

    [Fact]
    public async Task Stream_RangeRequest_Answers206WithThoseBytes()
    {
        var (id, _) = await MovieAsync("Quiet", true);
        var path = server.Folder.Combine("Movies", "Quiet (1999)", "Quiet (1999).mp4");
        var bytes = await File.ReadAllBytesAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/items/{id}/stream");
        request.Headers.Range = new RangeHeaderValue(100, 1123);
        var response = await server.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"bytes 100-1123/{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[100..1124], await response.Content.ReadAsByteArrayAsync());

        var whole = await server.Admin.GetAsync($"/api/v1/items/{id}/stream");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.NotNull(whole.Headers.ETag);
        Assert.NotNull(whole.Content.Headers.LastModified);
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/items/{id}/stream");
        conditional.Headers.IfNoneMatch.Add(whole.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await server.Admin.SendAsync(conditional)).StatusCode);
    }

    [Theory]
    [InlineData("Spoken", false, "Hello from inside")]
    [InlineData("Quiet", true, "Hello from beside")]
    public async Task Subtitles_TextTrack_ServedAsWebVtt(string title, bool external, string text)
    {
        var (id, subtitle) = await MovieAsync(title, external);

        var response = await server.Admin.GetAsync($"/api/v1/items/{id}/subtitles/{subtitle.GetProperty("index").GetInt32()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vtt", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("WEBVTT", body, StringComparison.Ordinal);
        Assert.Contains(text, body, StringComparison.Ordinal);
        Assert.Matches(@"00:0\d\.\d{3} --> 00:0\d\.\d{3}", body);
    }

    [Fact]
    public async Task Subtitles_AskedTwice_ConvertedOnceAndCached()
    {
        var (id, subtitle) = await MovieAsync("Quiet", true);
        var path = $"/api/v1/items/{id}/subtitles/{subtitle.GetProperty("index").GetInt32()}";

        var first = await server.Admin.GetAsync(path);
        var cached = Directory.GetFiles(Path.Combine(server.Data, "cache", "subtitles"), "*.vtt");
        var second = await server.Admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(cached, Directory.GetFiles(Path.Combine(server.Data, "cache", "subtitles"), "*.vtt"));
    }

    [Fact]
    public async Task Subtitles_UnknownTrackOrHiddenItem_NotFound()
    {
        var (id, _) = await MovieAsync("Quiet", true);
        Directory.CreateDirectory(server.Folder.Combine("Other"));
        var other = await server.AddLibraryAsync("Other", "movies", server.Folder.Combine("Other"));
        var stranger = await server.UserAsync("stranger", other);

        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync($"/api/v1/items/{id}/subtitles/77")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/items/{id}/subtitles/1000")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync($"/api/v1/items/{id}/subtitles/1000")).StatusCode);
    }

    [Fact]
    public async Task Stop_AsABeaconFromTheClosingPage_EndsTheSession_ButNotFromAnotherSiteOrAnotherPerson()
    {
        var (id, _) = await MovieAsync("Quiet", true);
        var started = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/playback", new { profile = "chromium" });
        var session = (await TestServer.ReadAsync<JsonElement>(started)).GetProperty("sessionId").GetGuid();
        var jar = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = jar }) { BaseAddress = new Uri(server.Url) };
        (await browser.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "admin-password" })).EnsureSuccessStatusCode();
        var stranger = await server.UserAsync("stranger-" + Guid.NewGuid().ToString("N")[..6], library);
        async Task<bool> ListedAsync() =>
            (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/sessions", TestServer.Json)).EnumerateArray().Any(r => r.GetProperty("id").GetGuid() == session);

        // what navigator.sendBeacon sends: a POST with the cookie and a text/plain body, no headers of its own
        HttpRequestMessage Beacon(string site)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/playback/{session}/stop") { Content = new StringContent("", System.Text.Encoding.UTF8, "text/plain") };
            request.Headers.Add("Sec-Fetch-Site", site);
            return request;
        }

        using (var forged = Beacon("cross-site"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.SendAsync(forged)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/playback/{session}/stop", null)).StatusCode);
        Assert.True(await ListedAsync());
        using (var own = Beacon("same-origin"))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(own)).StatusCode);
        }

        Assert.False(await ListedAsync());
    }
}
