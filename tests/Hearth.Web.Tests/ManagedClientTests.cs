using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Hearth.Acquisition.Clients.Managed;
using Hearth.Core.Egress;
using Hearth.Testing;
using Hearth.Testing.Daemons;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

/// <summary>
/// The download client Hearth runs itself, a real qbittorrent-nox: started with the server, listed healthy, its WebUI on
/// loopback with credentials only Hearth knows, its profile owner-only; started again when it dies; its listen port
/// following the forwarded-port file egress writes; stopped with the server.
/// </summary>
public sealed class ManagedClientTests
{
    [Fact]
    public async Task Hearth_runs_its_own_qBittorrent_and_keeps_it_running()
    {
        using var folder = new TempFolder();
        var portFile = folder.Combine("forwarded-port");
        var server = await TestServer.StartAsync(managedClient: true, configuration: new Dictionary<string, string?>
        {
            ["Acquisition:Managed:ListenPort"] = QBittorrentDaemon.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Acquisition:Managed:Interface"] = "lo",
            ["Acquisition:Managed:ForwardedPortFile"] = portFile,
        });
        int pid;
        await using (server)
        {
            var managed = server.Services.GetRequiredService<ManagedQBittorrent>();
            var client = await HealthyAsync(server, previous: null);
            pid = managed.Status.ProcessId!.Value;
            var id = client.GetProperty("id").GetInt32();
            Assert.Equal((ManagedQBittorrent.ClientName, "qbittorrent", true, true), (client.GetProperty("name").GetString(), client.GetProperty("kind").GetString(), client.GetProperty("managed").GetBoolean(), client.GetProperty("hasPassword").GetBoolean()));
            var url = new Uri(client.GetProperty("url").GetString()!);
            Assert.Equal("127.0.0.1", url.Host);
            // its WebUI takes no one without Hearth's password, which no answer holds
            using (var stranger = new HttpClient())
            {
                var login = await stranger.PostAsync(new Uri(url, "api/v2/auth/login"), new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = "adminadmin" }));
                Assert.Equal("Fails.", await login.Content.ReadAsStringAsync());
            }
            var profile = Path.Combine(server.Data, "qbittorrent");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(profile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(profile, "qBittorrent", "config", "qBittorrent.conf")));
            Assert.True(Directory.Exists(Path.Combine(server.Data, "downloads")));

            // it is Hearth's to run: not removed, its address not changed; turned down in priority, it is
            var removed = await server.Admin.DeleteAsync($"/api/v1/downloadclients/{id}");
            Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
            Assert.Contains("Acquisition:Managed:Enabled", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Conflict, (await server.Admin.PutAsJsonAsync($"/api/v1/downloadclients/{id}", new { url = "http://127.0.0.1:8080" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await server.Admin.PutAsJsonAsync($"/api/v1/downloadclients/{id}", new { priority = 3 })).StatusCode);

            // the VPN's forwarded port, written by egress, becomes the port peers reach it on
            var forwarded = QBittorrentDaemon.FreePort();
            ForwardedPortFile.Write(portFile, forwarded);
            await UntilAsync(() => Task.FromResult(managed.Status.ListenPort == forwarded), "the forwarded port was not taken");
            await UntilAsync(() => ListensAsync(forwarded), $"qBittorrent does not take peers on {forwarded}");

            // killed, it is started again (a new process), reported failing meanwhile and healthy after
            using (var process = System.Diagnostics.Process.GetProcessById(pid))
            {
                process.Kill();
            }
            await HealthyAsync(server, previous: pid);
            Assert.NotEqual(pid, managed.Status.ProcessId);
            Assert.Equal(forwarded, managed.Status.ListenPort);
            pid = managed.Status.ProcessId!.Value;
            Assert.Single((await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/downloadclients", TestServer.Json)).EnumerateArray());
        }

        // stopped with the server
        Assert.False(Directory.Exists($"/proc/{pid}"), "qbittorrent-nox outlived the server");
    }

    private static async Task<JsonElement> HealthyAsync(TestServer server, int? previous)
    {
        var managed = server.Services.GetRequiredService<ManagedQBittorrent>();
        JsonElement found = default;
        await UntilAsync(async () =>
        {
            var clients = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/downloadclients", TestServer.Json)).EnumerateArray().ToList();
            found = clients.FirstOrDefault(c => c.GetProperty("managed").GetBoolean());
            return found.ValueKind == JsonValueKind.Object && found.GetProperty("health").GetProperty("state").GetString() == "ok"
                && managed.Status.State == "running" && managed.Status.ProcessId != previous;
        }, $"the managed client did not become healthy ({managed.Status.State}: {managed.Status.Message})");
        return found;
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail(failure);
    }
}
