using System.Net.Http.Json;
using System.Text.Json;

namespace Hearth.Web.Tests;

/// <summary>A hardware encoder that cannot start (no such VAAPI device here) falls back to the software one.</summary>
public sealed class StreamingFallbackTests
{
    [Fact]
    public async Task Segment_VaapiDeviceMissing_SoftwareEncoderTakesOver()
    {
        await using var server = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?>
        {
            ["Streaming:SegmentSeconds"] = "2",
            ["Streaming:HardwareAcceleration"] = "Vaapi",
            ["Streaming:VaapiDevice"] = "/nonexistent/renderD128",
        });
        var movies = server.Folder.Combine("Movies");
        await StreamingClips.MakeAsync(movies);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var page = await server.ItemsAsync(server.Admin, $"libraryId={library}&search=Bright");
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        var response = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/playback", new { profile = "chromium" });
        var answer = await TestServer.ReadAsync<JsonElement>(response);
        var hls = answer.GetProperty("hlsUrl").GetString()!;
        var segment = await server.Admin.GetAsync(hls.Replace("master.m3u8", "0.m4s", StringComparison.Ordinal));

        Assert.True(segment.IsSuccessStatusCode, await segment.Content.ReadAsStringAsync());
        var sessions = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/sessions", TestServer.Json);
        Assert.Equal("libx264", sessions[0].GetProperty("encoder").GetString());
    }
}
