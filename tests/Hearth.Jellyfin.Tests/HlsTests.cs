using System.Net;
using System.Text.Json;
using Hearth.Core.Processes;
using Hearth.Streaming.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Jellyfin.Tests;

public sealed class HlsTests : IAsyncLifetime
{
    private static readonly ProcessRunner Runner = new();
    private PlaybackServer play = null!;

    public async Task InitializeAsync() => play = await PlaybackServer.StartAsync(new Dictionary<string, string?> { ["Streaming:IdleTimeout"] = "00:00:08" });

    public async Task DisposeAsync() => await play.DisposeAsync();

    private SessionRegistry Registry => play.Server.Services.GetRequiredService<SessionRegistry>();

    [Fact]
    public async Task TranscodingUrl_MasterMainAndFirstSegment_AVideoFfprobeReads()
    {
        var (url, _) = await TranscodeAsync("Bright", Profiles.H264Only);
        // a player has only the URL: no header, the token in api_key, carried on by every playlist
        using var player = new HttpClient { BaseAddress = new Uri(play.Server.Url) };
        var master = await player.GetStringAsync(url);
        var mainUri = master.Split('\n').Single(l => l.StartsWith("main.m3u8?", StringComparison.Ordinal));
        Assert.Contains("CODECS=\"avc1", master, StringComparison.Ordinal);
        var main = await player.GetStringAsync(Resolve(url, mainUri));
        Assert.Contains("#EXT-X-ENDLIST", main, StringComparison.Ordinal);
        var init = System.Text.RegularExpressions.Regex.Match(main, "#EXT-X-MAP:URI=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("hls1/main/-1.mp4?", init, StringComparison.Ordinal);
        var segments = main.Split('\n').Where(l => l.StartsWith("hls1/main/", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, segments.Count);
        Assert.StartsWith("hls1/main/0.mp4?", segments[0], StringComparison.Ordinal);

        var file = play.Server.Folder.Combine("first.mp4");
        await File.WriteAllBytesAsync(file, [.. await player.GetByteArrayAsync(Resolve(url, init)), .. await player.GetByteArrayAsync(Resolve(url, segments[0]))]);
        var probe = await Runner.RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name", "-of", "json", file]);
        var streams = JsonDocument.Parse(probe.StandardOutput).RootElement.GetProperty("streams").EnumerateArray().ToList();
        Assert.Contains(streams, s => s.GetProperty("codec_type").GetString() == "video" && s.GetProperty("codec_name").GetString() == "h264");
        Assert.Contains(streams, s => s.GetProperty("codec_type").GetString() == "audio" && s.GetProperty("codec_name").GetString() == "aac");
    }

    [Fact]
    public async Task TranscodingUrl_TsProfile_MpegTsSegments()
    {
        var (url, info) = await TranscodeAsync("Loud", Profiles.H264OnlyTs);
        Assert.Equal("ts", info.GetProperty("MediaSources")[0].GetProperty("TranscodingContainer").GetString());
        using var player = new HttpClient { BaseAddress = new Uri(play.Server.Url) };
        var main = await player.GetStringAsync(Resolve(url, "main.m3u8" + url[url.IndexOf('?', StringComparison.Ordinal)..]));
        Assert.DoesNotContain("EXT-X-MAP", main, StringComparison.Ordinal);

        var bytes = await player.GetByteArrayAsync(Resolve(url, main.Split('\n').First(l => l.StartsWith("hls1/main/0.ts?", StringComparison.Ordinal))));

        Assert.Equal(0x47, bytes[0]);
        Assert.Equal(0x47, bytes[188]);
    }

    [Fact]
    public async Task ActiveEncodings_Delete_StopsTheSessionAndItsFfmpeg()
    {
        var (url, info) = await TranscodeAsync("Bright", Profiles.H264Only);
        var id = Guid.ParseExact(info.GetProperty("PlaySessionId").GetString()!, "N");
        using var player = new HttpClient { BaseAddress = new Uri(play.Server.Url) };
        var main = await player.GetStringAsync(url.Replace("master.m3u8", "main.m3u8", StringComparison.Ordinal));
        await player.GetByteArrayAsync(Resolve(url, main.Split('\n').First(l => l.StartsWith("hls1/main/0.mp4", StringComparison.Ordinal))));
        var hls = Registry.All.Single(s => s.Id == id).Hls!;
        Assert.True(Directory.Exists(hls.Folder));

        var response = await play.Client.DeleteAsync($"/Videos/ActiveEncodings?DeviceId=test-device-1&PlaySessionId={id:N}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(Registry.All, s => s.Id == id);
        Assert.False(hls.IsRunning);
        Assert.False(Directory.Exists(hls.Folder));
        Assert.Equal(HttpStatusCode.NotFound, (await player.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Session_NobodyTouchesIt_StoppedByTheIdleSweep()
    {
        var (_, info) = await TranscodeAsync("Loud", Profiles.H264Only);
        var id = Guid.ParseExact(info.GetProperty("PlaySessionId").GetString()!, "N");
        Assert.Contains(Registry.All, s => s.Id == id);

        var until = DateTime.UtcNow.AddSeconds(40);
        while (Registry.All.Any(s => s.Id == id) && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }

        Assert.DoesNotContain(Registry.All, s => s.Id == id);
    }

    [Fact]
    public async Task AnotherUsersPlaySession_404AndNotStopped()
    {
        var (url, info) = await TranscodeAsync("Bright", Profiles.H264Only);
        var id = Guid.ParseExact(info.GetProperty("PlaySessionId").GetString()!, "N");
        await play.Server.UserAsync("sam", play.Library);
        var (sam, auth) = await JellyfinClient.SignInAsync(play.Server, "sam", JellyfinClient.Password);
        var samToken = auth.GetProperty("AccessToken").GetString()!;
        using var player = new HttpClient { BaseAddress = new Uri(play.Server.Url) };

        var asSam = url.Replace($"api_key={play.Token}", $"api_key={samToken}", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await player.GetAsync(asSam)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await player.GetAsync(asSam.Replace("master.m3u8", "main.m3u8", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await player.GetAsync(asSam.Replace("master.m3u8", "hls1/main/0.mp4", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sam.DeleteAsync($"/Videos/ActiveEncodings?PlaySessionId={id:N}")).StatusCode);
        Assert.Contains(Registry.All, s => s.Id == id);
        Assert.Equal(HttpStatusCode.OK, (await player.GetAsync(url)).StatusCode);
    }

    private async Task<(string Url, JsonElement Info)> TranscodeAsync(string title, string profile)
    {
        var info = await play.PlaybackInfoAsync(await play.IdAsync(title), profile);
        var source = info.GetProperty("MediaSources")[0];
        Assert.False(source.GetProperty("SupportsDirectPlay").GetBoolean());
        return (source.GetProperty("TranscodingUrl").GetString()!, info);
    }

    /// <summary>A URI of a playlist, relative to the playlist's URL, as a player resolves it.</summary>
    private static string Resolve(string playlist, string uri) => new Uri(new Uri("http://x" + playlist), uri).PathAndQuery;
}
