using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

/// <summary>A real server with the streaming clips in a movie library, and an admin signed in as a Jellyfin app.</summary>
internal sealed class PlaybackServer : IAsyncDisposable
{
    private PlaybackServer(TestServer server, Guid library, HttpClient client, string token)
    {
        Server = server;
        Library = library;
        Client = client;
        Token = token;
    }

    public TestServer Server { get; }

    public Guid Library { get; }

    public HttpClient Client { get; }

    public string Token { get; }

    public static async Task<PlaybackServer> StartAsync(IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var server = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?>(configuration ?? new Dictionary<string, string?>())
        {
            ["Streaming:SegmentSeconds"] = "2",
            ["Streaming:MaxConcurrentTranscodes"] = "3",
        });
        var movies = server.Folder.Combine("Movies");
        await StreamingClips.MakeAsync(movies);
        var library = await server.AddLibraryAsync("Movies", "movies", movies);
        var (client, auth) = await JellyfinClient.SignInAsync(server, "admin", "admin-password");
        return new PlaybackServer(server, library, client, auth.GetProperty("AccessToken").GetString()!);
    }

    public async Task<string> IdAsync(string title)
    {
        var page = await Server.ItemsAsync(Server.Admin, $"libraryId={Library}&search={title}");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid().ToString("N");
    }

    public static async Task<HttpResponseMessage> PostPlaybackInfoAsync(HttpClient client, string id, string body, string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync($"/Items/{id}/PlaybackInfo?UserId=x{query}", content);
    }

    public async Task<JsonElement> PlaybackInfoAsync(string id, string body, string query = "", HttpClient? client = null)
    {
        var response = await PostPlaybackInfoAsync(client ?? Client, id, body, query);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Device profiles as the apps send them.</summary>
internal static class Profiles
{
    /// <summary>H.264/AAC in MP4 only; HLS in fMP4.</summary>
    public const string H264Only = """
        { "DeviceProfile": {
            "Name": "H.264 box",
            "DirectPlayProfiles": [ { "Container": "mp4,m4v", "VideoCodec": "h264", "AudioCodec": "aac", "Type": "Video" } ],
            "TranscodingProfiles": [ { "Container": "mp4", "Type": "Video", "VideoCodec": "h264", "AudioCodec": "aac", "Protocol": "hls", "Context": "Streaming", "MaxAudioChannels": "2" } ],
            "CodecProfiles": [ { "Type": "Video", "Codec": "h264", "Conditions": [ { "Condition": "LessThanEqual", "Property": "VideoLevel", "Value": "52" } ] } ],
            "SubtitleProfiles": [ { "Format": "vtt", "Method": "External" }, { "Format": "srt", "Method": "External" } ] } }
        """;

    /// <summary>The same with TS segments.</summary>
    public const string H264OnlyTs = """
        { "DeviceProfile": {
            "DirectPlayProfiles": [ { "Container": "mp4", "VideoCodec": "h264", "AudioCodec": "aac", "Type": "Video" } ],
            "TranscodingProfiles": [ { "Container": "ts", "Type": "Video", "VideoCodec": "h264", "AudioCodec": "aac", "Protocol": "hls" } ] } }
        """;
}
