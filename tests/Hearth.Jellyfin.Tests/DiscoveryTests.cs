using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

public sealed class DiscoveryTests : IAsyncLifetime
{
    private TestServer server = null!;
    private int port;

    public async Task InitializeAsync()
    {
        port = FreeUdpPort();
        server = await TestServer.StartAsync(watch: false, configuration: new Dictionary<string, string?> { ["Jellyfin:DiscoveryPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static int FreeUdpPort()
    {
        using var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
    }

    private async Task<JsonElement?> AskAsync(UdpClient client, string text, TimeSpan wait)
    {
        await client.SendAsync(Encoding.ASCII.GetBytes(text), new IPEndPoint(IPAddress.Loopback, port));
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            var answer = await client.ReceiveAsync(timeout.Token);
            return JsonDocument.Parse(answer.Buffer).RootElement.Clone();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    [Fact]
    public async Task Question_OnLoopback_AnswersWithTheHttpAddressAndServerId()
    {
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var info = await JellyfinClient.Anonymous(server).GetJsonAsync("/System/Info/Public");

        JsonElement? answer = null;
        // the responder starts with the server; a first datagram may come before it listens
        for (var i = 0; i < 20 && answer is null; i++)
        {
            answer = await AskAsync(client, "Who is JellyfinServer?", TimeSpan.FromMilliseconds(500));
        }

        Assert.NotNull(answer);
        Assert.Equal(new Uri(server.Url).GetLeftPart(UriPartial.Authority), answer.Value.GetProperty("Address").GetString());
        Assert.Equal(info.GetProperty("Id").GetString(), answer.Value.GetProperty("Id").GetString());
        Assert.Equal(info.GetProperty("ServerName").GetString(), answer.Value.GetProperty("Name").GetString());
        Assert.Equal(JsonValueKind.Null, answer.Value.GetProperty("EndpointAddress").ValueKind);
    }

    [Fact]
    public async Task Garbage_Ignored_AndTheResponderKeepsAnswering()
    {
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        for (var i = 0; i < 20 && await AskAsync(client, "who is JellyfinServer?", TimeSpan.FromMilliseconds(500)) is null; i++)
        {
        }

        foreach (var garbage in new[] { "who is EmbyServer?", string.Empty, new string('x', 4000), "\u0001\u0002", "who is JellyfinServer? please" })
        {
            Assert.Null(await AskAsync(client, garbage, TimeSpan.FromMilliseconds(300)));
        }

        Assert.NotNull(await AskAsync(client, "WHO IS JELLYFINSERVER?", TimeSpan.FromSeconds(2)));
    }
}
