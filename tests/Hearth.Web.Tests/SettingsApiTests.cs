using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Tests;

/// <summary>The admin Settings page's API: checked as at start, saved to settings.json keeping the rest, applied where it can be.</summary>
public sealed class SettingsApiTests : IAsyncLifetime
{
    private TestServer server = null!;

    private string File => Path.Combine(server.Data, "settings.json");

    public async Task InitializeAsync() => server = await TestServer.StartAsync(watch: false);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Put_ValidChange_SavedKeepingOtherKeysAndAppliedToTheNextPlayback()
    {
        await System.IO.File.WriteAllTextAsync(File, """{ "Someone": { "Else": "kept" }, "Streaming": { "SegmentSeconds": 4 } }""");

        var response = await server.Admin.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { ["Streaming:MaxConcurrentTranscodes"] = "4", ["Streaming:RemoteMaxBitrate"] = "" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(File)).RootElement;
        Assert.Equal("kept", saved.GetProperty("Someone").GetProperty("Else").GetString());
        Assert.Equal(4, saved.GetProperty("Streaming").GetProperty("SegmentSeconds").GetInt32());
        Assert.Equal(4, saved.GetProperty("Streaming").GetProperty("MaxConcurrentTranscodes").GetInt32());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, System.IO.File.GetUnixFileMode(File));
        var options = server.Services.GetRequiredService<IOptionsMonitor<StreamingOptions>>().CurrentValue;
        Assert.Equal(4, options.MaxConcurrentTranscodes);
        Assert.Null(options.RemoteMaxBitrate);
        var listed = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/settings", TestServer.Json);
        var setting = listed.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Streaming:MaxConcurrentTranscodes");
        Assert.Equal("4", setting.GetProperty("value").GetString());
        Assert.False(setting.GetProperty("restart").GetBoolean());
    }

    [Theory]
    [InlineData("Streaming:MaxConcurrentTranscodes", "0", "between 1 and 64")]
    [InlineData("Streaming:MaxConcurrentTranscodes", "four", "Streaming:MaxConcurrentTranscodes")]
    [InlineData("Library:RescanInterval", "half an hour", "Library:RescanInterval")]
    [InlineData("Streaming:NotASetting", "1", "not a setting this page edits")]
    [InlineData("Metadata:Country", "usa", "two-letter country code")]
    public async Task Put_InvalidValue_400NamingTheSettingAndNothingSaved(string key, string value, string said)
    {
        var response = await server.Admin.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { [key] = value } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestServer.ReadAsync<JsonElement>(response);
        Assert.Contains(said, problem.GetProperty("errors").GetProperty(key)[0].GetString(), StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(File));
    }

    [Fact]
    public async Task Settings_NotAnAdmin_Forbidden()
    {
        var user = await server.UserAsync("viewer");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { ["Streaming:MaxConcurrentTranscodes"] = "9" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/settings")).StatusCode);
    }

    [Fact]
    public async Task Settings_TmdbApiKey_SavedButNeverSentBack()
    {
        const string key = "e2e0c0ffee5ecret";
        var saved = await server.Admin.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { ["Metadata:Tmdb:ApiKey"] = key, ["Metadata:Language"] = "de-DE" } });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.DoesNotContain(key, await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var file = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(File)).RootElement.GetProperty("Metadata");
        Assert.Equal(key, file.GetProperty("Tmdb").GetProperty("ApiKey").GetString());
        Assert.Equal("de-DE", file.GetProperty("Language").GetString());
        var text = await server.Admin.GetStringAsync("/api/v1/settings");
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        var secret = JsonDocument.Parse(text).RootElement.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Metadata:Tmdb:ApiKey");
        Assert.True(secret.GetProperty("isSet").GetBoolean());
        Assert.Equal(JsonValueKind.Null, secret.GetProperty("value").ValueKind);

        var cleared = await server.Admin.PutAsJsonAsync("/api/v1/settings", new { values = new Dictionary<string, string?> { ["Metadata:Tmdb:ApiKey"] = "" } });

        var after = (await TestServer.ReadAsync<JsonElement>(cleared)).GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "Metadata:Tmdb:ApiKey");
        Assert.False(after.GetProperty("isSet").GetBoolean());
    }
}
