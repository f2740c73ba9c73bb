using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace Hearth.Web.Tests;

/// <summary>The terminal stays quiet and honest: nothing alarming on first start, refused requests in the debug log only.</summary>
public sealed class QuietLogTests : IAsyncLifetime
{
    private readonly CapturedLogs logs = new();
    private TestServer server = null!;

    public async Task InitializeAsync() => server = await TestServer.StartAsync(watch: false, logs: logs);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public void FirstStart_DataProtectionKeys_InTheDataFolderOwnerOnlyAndNoWarning()
    {
        var keys = Path.Combine(server.Data, "keys");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        var key = Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Empty(logs.AtLeast(LogLevel.Warning));
    }

    [Fact]
    public async Task Refused_AFewRequests_NothingAtInformation()
    {
        using var stranger = new HttpClient { BaseAddress = new Uri(server.Url) };
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/v1/items")).StatusCode);
        }

        Assert.Empty(logs.AtLeast(LogLevel.Information));
    }

    [Fact]
    public async Task Refused_ABurstFromOneClient_OneWarningWithACount()
    {
        using var guesser = new HttpClient { BaseAddress = new Uri(server.Url) };
        guesser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guess");

        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("/api/v1/items")).StatusCode);
        }

        var warning = Assert.Single(logs.AtLeast(LogLevel.Information));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("10 requests from 127.0.0.1 were refused", warning.Message, StringComparison.Ordinal);
    }
}
