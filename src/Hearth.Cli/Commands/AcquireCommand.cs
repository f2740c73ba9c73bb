using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Cli.Commands;

/// <summary>
/// The acquire role. It barely exists yet (indexers, automation and downloads are later issues): today it
/// proves the composition of `up --vpn` — it runs inside the egress namespace, answers on the namespace's end
/// of the link, and reports whether it reaches the server over that link.
/// </summary>
internal static class AcquireCommand
{
    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "The server role's URL (over the link, under up --vpn)", Required = true };
        var bind = new Option<string>("--bind") { Description = "The address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "The HTTP port", DefaultValueFactory = _ => 8097 };
        var command = new Command("acquire", "Run the acquire role (started by `hearth up --vpn` inside the egress namespace)") { server, bind, port };
        command.Hidden = true;
        command.SetAction(async (result, ct) =>
        {
            var serverUrl = new Uri(result.GetValue(server)!);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Parse(result.GetValue(bind)!), result.GetValue(port)));
            builder.Services.AddHttpClient();
            var app = builder.Build();
            app.MapGet("/health", async (IHttpClientFactory clients, CancellationToken token) =>
            {
                using var client = clients.CreateClient();
                client.Timeout = TimeSpan.FromSeconds(3);
                var reachable = false;
                try
                {
                    reachable = (await client.GetAsync(new Uri(serverUrl, "/health"), token).ConfigureAwait(false)).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // reported as unreachable
                }

                return TypedResults.Ok(new { role = "acquire", network = NetworkNamespaceId(), server = serverUrl.ToString(), serverReachable = reachable });
            });
            await app.StartAsync(ct).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"acquire is ready on {string.Join(", ", app.Urls)}").ConfigureAwait(false);
            try
            {
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // stopped
            }

            return 0;
        });
        return command;
    }

    private static string NetworkNamespaceId()
    {
        var target = new FileInfo("/proc/self/ns/net").LinkTarget;
        return target ?? "unknown";
    }
}
