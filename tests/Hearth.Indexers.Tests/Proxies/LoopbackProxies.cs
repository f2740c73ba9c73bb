using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Indexers.Tests.Proxies;

/// <summary>
/// A minimal SOCKS5 proxy on loopback (no authentication, CONNECT only) that relays to loopback targets
/// only, and records where each connection went.
/// </summary>
public sealed class Socks5Proxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;

    public Socks5Proxy()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public string Url => $"socks5://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public ConcurrentQueue<IPEndPoint> Connections { get; } = new();

    private async Task AcceptAsync()
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = Task.Run(() => ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var head = new byte[2];
            await stream.ReadExactlyAsync(head, stop.Token);
            await stream.ReadExactlyAsync(new byte[head[1]], stop.Token);
            await stream.WriteAsync(new byte[] { 5, 0 }, stop.Token);
            var request = new byte[4];
            await stream.ReadExactlyAsync(request, stop.Token);
            IPAddress address;
            switch (request[3])
            {
                case 1:
                    var v4 = new byte[4];
                    await stream.ReadExactlyAsync(v4, stop.Token);
                    address = new IPAddress(v4);
                    break;
                case 3:
                    var length = new byte[1];
                    await stream.ReadExactlyAsync(length, stop.Token);
                    var name = new byte[length[0]];
                    await stream.ReadExactlyAsync(name, stop.Token);
                    address = IPAddress.Parse(System.Text.Encoding.ASCII.GetString(name));
                    break;
                default:
                    var v6 = new byte[16];
                    await stream.ReadExactlyAsync(v6, stop.Token);
                    address = new IPAddress(v6);
                    break;
            }

            var portBytes = new byte[2];
            await stream.ReadExactlyAsync(portBytes, stop.Token);
            var target = new IPEndPoint(address, (portBytes[0] << 8) | portBytes[1]);
            if (!IPAddress.IsLoopback(address))
            {
                // the tests talk to loopback only: refuse anything else (reply 2, not allowed)
                await stream.WriteAsync(new byte[] { 5, 2, 0, 1, 0, 0, 0, 0, 0, 0 }, stop.Token);
                return;
            }

            Connections.Enqueue(target);
            using var upstream = new TcpClient();
            await upstream.ConnectAsync(target, stop.Token);
            await stream.WriteAsync(new byte[] { 5, 0, 0, 1, 0, 0, 0, 0, 0, 0 }, stop.Token);
            var remote = upstream.GetStream();
            await Task.WhenAny(stream.CopyToAsync(remote, stop.Token), remote.CopyToAsync(stream, stop.Token));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (SocketException)
        {
        }

        stop.Dispose();
    }
}

/// <summary>A minimal HTTP forward proxy on loopback (absolute-form requests), forwarding to loopback only.</summary>
public sealed class HttpForwardProxy : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient forward = new();

    private HttpForwardProxy(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<string> Forwarded { get; } = new();

    public static async Task<HttpForwardProxy> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        HttpForwardProxy? proxy = null;
        app.Run(async http =>
        {
            var target = new Uri($"http://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}");
            if (!target.IsLoopback)
            {
                http.Response.StatusCode = 403;
                return;
            }

            proxy!.Forwarded.Enqueue(target.GetLeftPart(UriPartial.Path));
            using var request = new HttpRequestMessage(HttpMethod.Get, target);
            request.Headers.TryAddWithoutValidation("User-Agent", http.Request.Headers.UserAgent.ToString());
            using var response = await proxy.forward.SendAsync(request);
            http.Response.StatusCode = (int)response.StatusCode;
            http.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await response.Content.CopyToAsync(http.Response.Body);
        });
        await app.StartAsync();
        proxy = new HttpForwardProxy(app, app.Urls.First());
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        forward.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
