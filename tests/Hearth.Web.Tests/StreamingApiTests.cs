using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.Processes;

namespace Hearth.Web.Tests;

/// <summary>
/// The streaming API end to end: real clips, a real server, HLS fetched over HTTP and checked with ffprobe.
/// </summary>
public sealed class StreamingApiTests : IAsyncLifetime
{
    private static readonly ProcessRunner Runner = new();
    private TestServer server = null!;
    private Guid library;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?>
        {
            ["Streaming:SegmentSeconds"] = "2",
            ["Streaming:MaxConcurrentTranscodes"] = "3",
        });
        var movies = server.Folder.Combine("Movies");
        await StreamingClips.MakeAsync(movies);
        library = await server.AddLibraryAsync("Movies", "movies", movies);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Playback_H264AacOnChromium_DirectPlay()
    {
        var answer = await PlayAsync("Plain", new { profile = "chromium" });

        Assert.Equal("directPlay", answer.GetProperty("method").GetString());
        Assert.Empty(answer.GetProperty("reasons").EnumerateArray());
        var direct = answer.GetProperty("directUrl").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.GetAsync(direct)).StatusCode);
    }

    [Fact]
    public async Task Playback_HevcEac3OnShield_DirectPlay()
    {
        var answer = await PlayAsync("Bright", new { profile = "shield" });

        Assert.Equal("directPlay", answer.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Playback_HevcEac3OnChromium_TranscodedHlsValidatesAndStaysContinuousAcrossASeek()
    {
        var answer = await PlayAsync("Bright", new { profile = "chromium" });
        Assert.Equal("transcode", answer.GetProperty("method").GetString());
        Assert.Contains("videoCodecNotSupported", Codes(answer));
        Assert.Contains("videoRangeTypeNotSupported", Codes(answer));
        var hls = answer.GetProperty("hlsUrl").GetString()!;
        var master = await server.Admin.GetStringAsync(hls);
        Assert.Contains("CODECS=\"avc1.640029,mp4a.40.2\"", master, StringComparison.Ordinal);
        Assert.Contains("TYPE=SUBTITLES", master, StringComparison.Ordinal);
        // each text subtitle is also an HLS rendition: a one-segment playlist of the item's WebVTT
        var rendition = System.Text.RegularExpressions.Regex.Match(master, "URI=\"(subtitles/\\d+\\.m3u8)\"").Groups[1].Value;
        var subtitles = await server.Admin.GetStringAsync(hls.Replace("master.m3u8", rendition, StringComparison.Ordinal));
        var vtt = subtitles.Split('\n').Single(l => l.StartsWith("/api/v1/items/", StringComparison.Ordinal));
        Assert.StartsWith("WEBVTT", await server.Admin.GetStringAsync(vtt), StringComparison.Ordinal);
        var media = await server.Admin.GetStringAsync(hls.Replace("master.m3u8", "main.m3u8", StringComparison.Ordinal));
        Assert.Contains("#EXT-X-ENDLIST", media, StringComparison.Ordinal);
        Assert.Equal(6, media.Split('\n').Count(l => l.EndsWith(".m4s", StringComparison.Ordinal)));

        var first = await ProbeAsync(hls, 0);
        Assert.Equal(["h264", "aac"], first.Codecs);
        Assert.Equal(0, first.VideoStart, 1);
        Assert.Equal(2, first.VideoDuration, 1);
        // far ahead: ffmpeg restarts at segment 4, and 4 and 5 follow on from each other
        var jumped = await ProbeAsync(hls, 4);
        var next = await ProbeAsync(hls, 5);
        Assert.Equal(8, jumped.VideoStart, 1);
        Assert.Equal(jumped.VideoStart + jumped.VideoDuration, next.VideoStart, 1);
        // and back again
        var back = await ProbeAsync(hls, 1);
        Assert.Equal(2, back.VideoStart, 1);
    }

    [Fact]
    public async Task Playback_H264DtsOnChromium_VideoCopiedAudioOnlyTranscoded()
    {
        var answer = await PlayAsync("Loud", new { profile = "chromium" });

        Assert.Equal("transcode", answer.GetProperty("method").GetString());
        Assert.True(answer.GetProperty("video").GetProperty("copy").GetBoolean());
        Assert.False(answer.GetProperty("audio").GetProperty("copy").GetBoolean());
        Assert.Contains("audioCodecNotSupported", Codes(answer));
        var segment = await ProbeAsync(answer.GetProperty("hlsUrl").GetString()!, 1);
        Assert.Equal(["h264", "aac"], segment.Codecs);
        Assert.Equal(2, segment.Channels);
        Assert.Equal(2, segment.VideoStart, 1);
    }

    [Fact]
    public async Task Playback_TsSegmentsAsked_MpegTsServed()
    {
        var answer = await PlayAsync("Loud", new { profile = "firefox", segments = "ts" });
        var hls = answer.GetProperty("hlsUrl").GetString()!;
        var media = await server.Admin.GetStringAsync(hls.Replace("master.m3u8", "main.m3u8", StringComparison.Ordinal));
        Assert.DoesNotContain("EXT-X-MAP", media, StringComparison.Ordinal);

        var bytes = await server.Admin.GetByteArrayAsync(hls.Replace("master.m3u8", "0.ts", StringComparison.Ordinal));

        Assert.Equal(0x47, bytes[0]);
        Assert.Equal(0x47, bytes[188]);
    }

    [Fact]
    public async Task Playback_TextSubtitleTheDeviceCannotShow_BurnedIn()
    {
        var profile = new
        {
            id = "no-subtitles",
            name = "A box without subtitles",
            containers = new[] { "mp4" },
            video = new[] { new { codec = "h264" } },
            audio = new[] { new { codec = "aac", maxChannels = 2 } },
            textSubtitles = Array.Empty<string>(),
        };
        var detail = await DetailAsync("Bright");
        var subtitle = detail.GetProperty("mediaInfo").GetProperty("subtitles")[1].GetProperty("index").GetInt32();

        var answer = await PlayAsync("Bright", new { deviceProfile = profile, subtitleIndex = subtitle });

        Assert.Equal("burnIn", answer.GetProperty("subtitle").GetProperty("delivery").GetString());
        Assert.Equal(subtitle, answer.GetProperty("video").GetProperty("burnInSubtitle").GetInt32());
        Assert.Equal(["h264", "aac"], (await ProbeAsync(answer.GetProperty("hlsUrl").GetString()!, 0)).Codecs);
    }

    [Fact]
    public async Task Playback_PgsSubtitleOnChromium_BurnedIntoThePicture()
    {
        var detail = await DetailAsync("Signs");
        var pgs = detail.GetProperty("mediaInfo").GetProperty("subtitles")[0];
        Assert.Equal("hdmv_pgs_subtitle", pgs.GetProperty("codec").GetString());

        var answer = await PlayAsync("Signs", new { profile = "chromium", subtitleIndex = pgs.GetProperty("index").GetInt32() });

        Assert.Equal("transcode", answer.GetProperty("method").GetString());
        Assert.Contains("subtitleCodecNotSupported", Codes(answer));
        var file = await SegmentFileAsync(answer.GetProperty("hlsUrl").GetString()!, 1);
        // the box is drawn white where the subtitle put it; the black picture around it stays black
        Assert.True(await MeanLumaAsync(file, "200:30:60:130") > 180);
        Assert.True(await MeanLumaAsync(file, "320:100:0:0") < 40);
    }

    [Fact]
    public async Task Sessions_AdminListsAndStops_TranscoderGoneAndFilesRemoved()
    {
        var answer = await PlayAsync("Bright", new { profile = "chromium", device = "Living room" });
        var hls = answer.GetProperty("hlsUrl").GetString()!;
        await ProbeAsync(hls, 0);
        var id = answer.GetProperty("sessionId").GetGuid();
        var folder = Path.Combine(server.Data, "transcodes", id.ToString("N"));
        Assert.True(Directory.Exists(folder));

        var sessions = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/sessions", TestServer.Json);
        var row = sessions.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal("admin", row.GetProperty("user").GetString());
        Assert.Equal("Living room", row.GetProperty("device").GetString());
        Assert.Equal("transcode", row.GetProperty("method").GetString());
        Assert.Equal("libx264", row.GetProperty("encoder").GetString());
        Assert.True(row.GetProperty("bytesServed").GetInt64() > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync($"/api/v1/sessions/{id}")).StatusCode);
        Assert.False(Directory.Exists(folder));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync(hls)).StatusCode);
    }

    [Fact]
    public async Task Sessions_NotAdmin_Forbidden()
    {
        var user = await server.UserAsync("viewer", library);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/sessions")).StatusCode);
    }

    [Fact]
    public async Task Playback_MoreTranscodesThanTheCap_ServiceUnavailableWithReason()
    {
        for (var i = 0; i < 3; i++)
        {
            await PlayAsync("Loud", new { profile = "chromium" });
        }

        var id = await IdAsync("Loud");
        var refused = await server.Admin.PostAsJsonAsync($"/api/v1/items/{id}/playback", new { profile = "chromium" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("All 3 transcode slots are in use", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Playback_AnotherUsersSession_NotFound()
    {
        var answer = await PlayAsync("Loud", new { profile = "chromium" });
        var user = await server.UserAsync("neighbour", library);

        Assert.Equal(HttpStatusCode.NotFound, (await user.GetAsync(answer.GetProperty("hlsUrl").GetString()!)).StatusCode);
    }

    // the codes, in the API's camelCase; the sentences beside them are for people and may be reworded
    private static List<string> Codes(JsonElement answer) => [.. answer.GetProperty("reasonCodes").EnumerateArray().Select(r => r.GetString()!)];

    private async Task<Guid> IdAsync(string title)
    {
        var page = await server.ItemsAsync(server.Admin, $"libraryId={library}&search={title}");
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> DetailAsync(string title) =>
        await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{await IdAsync(title)}", TestServer.Json);

    private async Task<JsonElement> PlayAsync(string title, object body)
    {
        var response = await server.Admin.PostAsJsonAsync($"/api/v1/items/{await IdAsync(title)}/playback", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<JsonElement>(response);
    }

    private sealed record Probe(string[] Codecs, double VideoStart, double VideoDuration, int Channels);

    /// <summary>Fetches init.mp4 and one segment over HTTP and joins them as a player does.</summary>
    private async Task<string> SegmentFileAsync(string hls, int segment)
    {
        var init = await server.Admin.GetByteArrayAsync(hls.Replace("master.m3u8", "init.mp4", StringComparison.Ordinal));
        var body = await server.Admin.GetByteArrayAsync(hls.Replace("master.m3u8", $"{segment}.m4s", StringComparison.Ordinal));
        var file = server.Folder.Combine($"probe-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, [.. init, .. body]);
        return file;
    }

    /// <summary>The average luma (0–255) of a crop (<c>w:h:x:y</c>) of the file's middle frame.</summary>
    private static async Task<double> MeanLumaAsync(string file, string crop)
    {
        var result = await Runner.RunAsync("ffmpeg", ["-v", "info", "-nostdin", "-i", file, "-vf", $"select=eq(n\\,25),crop={crop},signalstats,metadata=print:key=lavfi.signalstats.YAVG", "-frames:v", "1", "-f", "null", "-"]);
        var line = result.StandardError.Split('\n').Last(l => l.Contains("lavfi.signalstats.YAVG=", StringComparison.Ordinal));
        return double.Parse(line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Fetches init.mp4 and one segment over HTTP, joins them as a player does, and reads them with ffprobe.</summary>
    private async Task<Probe> ProbeAsync(string hls, int segment)
    {
        var file = await SegmentFileAsync(hls, segment);
        var result = await Runner.RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=codec_name,codec_type,start_time,channels:packet=pts_time,duration_time,stream_index", "-of", "json", file]);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var streams = json.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var video = streams.FindIndex(s => s.GetProperty("codec_type").GetString() == "video");
        var packets = json.RootElement.GetProperty("packets").EnumerateArray().Where(p => p.GetProperty("stream_index").GetInt32() == video)
            .Select(p => (Pts: Number(p, "pts_time"), Duration: Number(p, "duration_time"))).ToList();
        var start = packets.Min(p => p.Pts);
        var end = packets.Max(p => p.Pts + p.Duration);
        var audio = streams.FirstOrDefault(s => s.GetProperty("codec_type").GetString() == "audio");
        return new Probe(
            [.. streams.Select(s => s.GetProperty("codec_name").GetString()!)],
            start,
            end - start,
            audio.ValueKind == JsonValueKind.Object && audio.TryGetProperty("channels", out var c) ? c.GetInt32() : 0);
    }

    private static double Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture) : 0;
}
