using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Jellyfin.Tests;

public sealed class PlaybackInfoTests : IAsyncLifetime
{
    private PlaybackServer play = null!;

    public async Task InitializeAsync() => play = await PlaybackServer.StartAsync();

    public async Task DisposeAsync() => await play.DisposeAsync();

    [Fact]
    public async Task PlaybackInfo_H264AacMp4OnAnH264Box_DirectPlayAndTheFileWithRanges()
    {
        var id = await play.IdAsync("Plain");

        var info = await play.PlaybackInfoAsync(id, Profiles.H264Only);

        var source = info.GetProperty("MediaSources")[0];
        Assert.True(source.GetProperty("SupportsDirectPlay").GetBoolean());
        Assert.False(source.GetProperty("SupportsDirectStream").GetBoolean());
        Assert.False(source.TryGetProperty("TranscodingUrl", out _));
        Assert.False(source.TryGetProperty("Path", out _));
        Assert.Equal(id, source.GetProperty("Id").GetString());
        Assert.Equal("mp4", source.GetProperty("Container").GetString());
        Assert.True(source.GetProperty("RunTimeTicks").GetInt64() > 100_000_000);
        var streams = source.GetProperty("MediaStreams").EnumerateArray().ToList();
        var video = streams.Single(s => s.GetProperty("Type").GetString() == "Video");
        Assert.Equal("h264", video.GetProperty("Codec").GetString());
        Assert.Equal("SDR", video.GetProperty("VideoRangeType").GetString());
        Assert.EndsWith("H264 SDR", video.GetProperty("DisplayTitle").GetString());
        Assert.Matches("^[0-9a-f]{32}$", info.GetProperty("PlaySessionId").GetString());

        // the player's own request: no header, the token in the URL
        using var player = new HttpClient { BaseAddress = new Uri(play.Server.Url) };
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/Videos/{id}/stream.mp4?static=true&MediaSourceId={id}&api_key={play.Token}");
        ranged.Headers.Range = new RangeHeaderValue(0, 99);
        var response = await player.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        var size = source.GetProperty("Size").GetInt64();
        Assert.Equal(size, response.Content.Headers.ContentRange!.Length);
        var whole = await player.GetByteArrayAsync($"/Videos/{id}/stream?static=true&api_key={play.Token}");
        Assert.Equal(size, whole.Length);
        Assert.Equal(whole[..100], await response.Content.ReadAsByteArrayAsync());
        // without a token the file is not served
        Assert.Equal(HttpStatusCode.Unauthorized, (await player.GetAsync($"/Videos/{id}/stream?static=true")).StatusCode);
    }

    [Fact]
    public async Task PlaybackInfo_HevcHdrOnAnH264Box_TranscodingUrlWithTheDecisionsReasons()
    {
        var id = await play.IdAsync("Bright");

        var info = await play.PlaybackInfoAsync(id, Profiles.H264Only);

        var source = info.GetProperty("MediaSources")[0];
        Assert.False(source.GetProperty("SupportsDirectPlay").GetBoolean());
        Assert.True(source.GetProperty("SupportsTranscoding").GetBoolean());
        Assert.Equal("hls", source.GetProperty("TranscodingSubProtocol").GetString());
        Assert.Equal("mp4", source.GetProperty("TranscodingContainer").GetString());
        var url = source.GetProperty("TranscodingUrl").GetString()!;
        Assert.StartsWith($"/Videos/{id}/master.m3u8?", url, StringComparison.Ordinal);
        Assert.Contains($"PlaySessionId={info.GetProperty("PlaySessionId").GetString()}", url, StringComparison.Ordinal);
        Assert.Contains($"api_key={play.Token}", url, StringComparison.Ordinal);
        var reasons = Query(url, "TranscodeReasons").Split(',');
        var registry = play.Server.Services.GetRequiredService<Hearth.Streaming.Sessions.SessionRegistry>();
        var session = registry.All.Single(s => s.Id == Guid.ParseExact(info.GetProperty("PlaySessionId").GetString()!, "N"));
        Assert.Equal(session.Decision.ReasonCodes.Select(r => r.ToString()), reasons);
        Assert.Contains("VideoCodecNotSupported", reasons);
        Assert.Contains("VideoRangeTypeNotSupported", reasons);
        Assert.Contains("AudioCodecNotSupported", reasons);
        Assert.Equal("h264", Query(url, "VideoCodec"));
        Assert.Equal("aac", Query(url, "AudioCodec"));

        var streams = source.GetProperty("MediaStreams").EnumerateArray().ToList();
        Assert.Equal("HDR10", streams.Single(s => s.GetProperty("Type").GetString() == "Video").GetProperty("VideoRangeType").GetString());
        Assert.Equal("English - EAC3 - 5.1 - Default", streams.Single(s => s.GetProperty("Type").GetString() == "Audio").GetProperty("DisplayTitle").GetString());
        var srt = streams.First(s => s.GetProperty("Type").GetString() == "Subtitle" && s.GetProperty("Codec").GetString() == "subrip");
        Assert.Equal("External", srt.GetProperty("DeliveryMethod").GetString());
        Assert.True(srt.GetProperty("IsTextSubtitleStream").GetBoolean());
        using var player = new HttpClient { BaseAddress = new Uri(play.Server.Url) };
        var vtt = await player.GetStringAsync(srt.GetProperty("DeliveryUrl").GetString());
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
        var asSrt = await player.GetStringAsync(srt.GetProperty("DeliveryUrl").GetString()!.Replace("Stream.vtt", "Stream.srt", StringComparison.Ordinal));
        Assert.Matches("^1\n00:00:00,5\\d\\d --> 00:00:11,0\\d\\d\nPlain words\n", asSrt);
    }

    [Fact]
    public async Task Item_AndItemsWithFieldsMediaSources_DescribeTheFileWithoutItsPath()
    {
        var id = await play.IdAsync("Bright");

        var item = await play.Client.GetJsonAsync($"/Items/{id}");
        var page = await play.Client.GetJsonAsync($"/Items?ParentId={play.Library:N}&IncludeItemTypes=Movie&Recursive=true&Fields=MediaSources,MediaStreams&SearchTerm=Bright");
        var plain = await play.Client.GetJsonAsync($"/Items?ParentId={play.Library:N}&IncludeItemTypes=Movie&Recursive=true&SearchTerm=Bright");

        foreach (var dto in new[] { item, page.GetProperty("Items")[0] })
        {
            var source = dto.GetProperty("MediaSources")[0];
            Assert.Equal(id, source.GetProperty("Id").GetString());
            Assert.Equal("mkv", source.GetProperty("Container").GetString());
            var streams = source.GetProperty("MediaStreams").EnumerateArray().ToList();
            Assert.Contains(streams, s => s.GetProperty("Type").GetString() == "Video" && s.GetProperty("Codec").GetString() == "hevc" && s.GetProperty("VideoRangeType").GetString() == "HDR10");
            Assert.Contains(streams, s => s.GetProperty("Type").GetString() == "Audio" && s.GetProperty("Channels").GetInt32() == 6);
            Assert.DoesNotContain(play.Server.Folder.Path, dto.GetRawText(), StringComparison.Ordinal);
        }

        Assert.False(plain.GetProperty("Items")[0].TryGetProperty("MediaSources", out _));
    }

    [Fact]
    public async Task Stream_NoCredentialsWithTheSourcesETag_ServedAsAndroidTvFetchesIt()
    {
        var id = await play.IdAsync("Plain");
        var other = await play.IdAsync("Bright");
        var info = await play.PlaybackInfoAsync(id, Profiles.H264Only);
        var tag = info.GetProperty("MediaSources")[0].GetProperty("ETag").GetString();
        var otherTag = (await play.PlaybackInfoAsync(other, Profiles.H264Only)).GetProperty("MediaSources")[0].GetProperty("ETag").GetString();
        using var nobody = new HttpClient { BaseAddress = new Uri(play.Server.Url) };

        var served = await nobody.GetAsync($"/Videos/{id}/stream?container=mp4&static=true&tag={tag}&mediaSourceId={id}");
        var wrong = await nobody.GetAsync($"/Videos/{id}/stream?static=true&tag=0123456789abcdef0123456789abcdef");
        var crossed = await nobody.GetAsync($"/Videos/{id}/stream?static=true&tag={otherTag}");
        var none = await nobody.GetAsync($"/Videos/{id}/stream?static=true");

        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(play.Server.Folder.Combine("Movies", "Plain (2001)", "Plain (2001).mp4")), await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, crossed.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task PlaybackInfo_NoBody_ABuiltInProfileDecides()
    {
        var id = await play.IdAsync("Plain");

        var response = await play.Client.PostAsync($"/Items/{id}/PlaybackInfo", null);
        var got = await play.Client.GetAsync($"/Items/{id}/PlaybackInfo?UserId=x");

        foreach (var r in new[] { response, got })
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var info = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
            Assert.True(info.GetProperty("MediaSources")[0].GetProperty("SupportsDirectPlay").GetBoolean());
        }
    }

    [Theory]
    [InlineData("""{ "DeviceProfile": { "DirectPlayProfiles": "nope" } }""")]
    [InlineData("""{ "DeviceProfile": { "CodecProfiles": [ { "Type": "Video", "Conditions": "garbage" } ] } }""")]
    [InlineData("""{ "DeviceProfile": { "CodecProfiles": [ { "Conditions": [ { "Condition": 12, "Value": { "a": 1 } } ] } ] } }""")]
    [InlineData("""{ "DeviceProfile": [1, 2] }""")]
    [InlineData("""{ "DeviceProfile": """)]
    public async Task PlaybackInfo_MalformedDeviceProfile_400WithAReason(string body)
    {
        var id = await play.IdAsync("Plain");

        var response = await PlaybackServer.PostPlaybackInfoAsync(play.Client, id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaybackInfo_GarbageConditionValues_IgnoredAndAnswered()
    {
        var id = await play.IdAsync("Plain");

        var info = await play.PlaybackInfoAsync(id, """
            { "DeviceProfile": {
                "DirectPlayProfiles": [ { "Container": "mp4", "VideoCodec": "h264", "AudioCodec": "aac", "Type": "Video" } ],
                "CodecProfiles": [ { "Type": "Video", "Codec": "h264", "Conditions": [ { "Condition": "LessThanEqual", "Property": "VideoLevel", "Value": "very high" }, { "Condition": "Perhaps", "Property": "Wobble", "Value": "1" } ] } ] } }
            """);

        Assert.True(info.GetProperty("MediaSources")[0].GetProperty("SupportsDirectPlay").GetBoolean());
    }

    [Fact]
    public async Task PlaybackInfo_ItemTheCallerCannotSeeOrNoItem_404()
    {
        var id = await play.IdAsync("Plain");
        await play.Server.UserAsync("kid");
        var (kid, _) = await JellyfinClient.SignInAsync(play.Server, "kid", JellyfinClient.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await PlaybackServer.PostPlaybackInfoAsync(kid, id, Profiles.H264Only)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PlaybackServer.PostPlaybackInfoAsync(play.Client, Guid.NewGuid().ToString("N"), Profiles.H264Only)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PlaybackServer.PostPlaybackInfoAsync(play.Client, "not-an-id", Profiles.H264Only)).StatusCode);
    }

    [Fact]
    public async Task PlaybackInfo_AudioAndSubtitleIndexes_GoThroughTheDecider()
    {
        var id = await play.IdAsync("Bright");
        var first = await play.PlaybackInfoAsync(id, Profiles.H264Only);
        var ass = first.GetProperty("MediaSources")[0].GetProperty("MediaStreams").EnumerateArray()
            .First(s => s.GetProperty("Codec").GetString() == "ass").GetProperty("Index").GetInt32();
        // the app takes ASS only burned in
        var body = Profiles.H264Only.Replace("""{ "Format": "vtt", "Method": "External" }""", """{ "Format": "ass", "Method": "Encode" }, { "Format": "vtt", "Method": "External" }""", StringComparison.Ordinal);

        var info = await play.PlaybackInfoAsync(id, body, $"&SubtitleStreamIndex={ass}&AudioStreamIndex=1");

        var streams = info.GetProperty("MediaSources")[0].GetProperty("MediaStreams").EnumerateArray().ToList();
        Assert.Equal("Encode", streams.Single(s => s.GetProperty("Index").GetInt32() == ass).GetProperty("DeliveryMethod").GetString());
        var registry = play.Server.Services.GetRequiredService<Hearth.Streaming.Sessions.SessionRegistry>();
        var session = registry.All.Single(s => s.Id == Guid.ParseExact(info.GetProperty("PlaySessionId").GetString()!, "N"));
        Assert.Equal(ass, session.Decision.Video!.BurnInSubtitle);
        Assert.Equal(1, session.Decision.Audio!.Index);
        // the second ask of the same device replaced the first playback
        Assert.DoesNotContain(registry.All, s => s.Id == Guid.ParseExact(first.GetProperty("PlaySessionId").GetString()!, "N"));
    }

    private static string Query(string url, string name) =>
        Uri.UnescapeDataString(url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..]);
}
