using Hearth.Jellyfin.Tests.Replays;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

/// <summary>
/// Replays what Jellyfin for Android TV sends (Replays/androidtv-*.json, written from its source and its Kotlin SDK's
/// models) against a real Hearth with a real library: every step must answer as the app needs, with every field the
/// app reads present and of the type its SDK parses.
/// </summary>
public sealed class ReplayTests : IAsyncLifetime
{
    private TestServer server = null!;
    private HttpClient native = null!;

    public async Task InitializeAsync()
    {
        server = await TestServer.StartAsync(watch: false);
        var folder = server.Folder.Combine("Movies");
        await StreamingClips.MakeAsync(folder);
        var movies = await server.AddLibraryAsync("Movies", "movies", folder);
        native = await server.UserAsync("viewer", movies);
    }

    public async Task DisposeAsync()
    {
        native.Dispose();
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData("androidtv-signin.json")]
    [InlineData("androidtv-home.json")]
    [InlineData("androidtv-playback.json")]
    public async Task AndroidTv_Replay_EveryStepAnswersWhatTheAppReads(string fixture)
    {
        var runner = new ReplayRunner(server.Url, new Dictionary<string, string?> { ["user"] = "viewer", ["password"] = JellyfinClient.Password });

        await runner.RunAsync(fixture);

        // the whole sequence in the output, so one run shows every step that falls short, not only the first
        var report = string.Join('\n', runner.Results);
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "replay-report.txt"), $"== {fixture} {DateTime.UtcNow:O}\n{report}\n");
        Assert.True(runner.Results.All(r => r.Problems.Count == 0), report);

        var resume = ReplayRunner.Load(fixture).GetProperty("steps").EnumerateArray()
            .Where(s => s.TryGetProperty("resumeTicks", out _)).Select(s => s.GetProperty("resumeTicks").GetInt64()).ToList();
        if (resume.Count > 0)
        {
            // what the TV reported is Hearth's own resume point (the native API, in milliseconds)
            Assert.Equal(resume[^1] / 10_000, await ClientSdkTests.NativeResumeMsAsync(native, Guid.ParseExact(runner.Context["itemId"]!, "N")));
        }
    }
}
