using System.CommandLine;
using Hearth.Web;
using Microsoft.Extensions.Hosting;

namespace Hearth.Cli.Commands;

internal static class UpCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "The HTTP port", DefaultValueFactory = _ => 8096 };
        var bind = new Option<string>("--bind") { Description = "The address to listen on (127.0.0.1 unless you choose a LAN or tailnet address)", DefaultValueFactory = _ => "127.0.0.1" };
        var libraries = new Option<string[]>("--library") { Description = "A library folder, as movies:PATH or shows:PATH; repeat for more", AllowMultipleArgumentsPerToken = false };
        var noDemo = new Option<bool>("--no-demo") { Description = "Do not make the demo library when there is no library" };
        var command = new Command("up", "Start Hearth: the server with its libraries, on http://127.0.0.1:8096 by default") { port, bind, libraries, noDemo };
        command.SetAction(async (result, ct) =>
        {
            var seeds = new List<LibrarySeed>();
            foreach (var text in result.GetValue(libraries) ?? [])
            {
                if (!LibrarySeed.TryParse(text, out var seed, out var problem))
                {
                    await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                    return 2;
                }

                seeds.Add(seed!);
            }

            if (result.GetValue(port) is < 1 or > 65535)
            {
                await Console.Error.WriteLineAsync("--port must be 1..65535").ConfigureAwait(false);
                return 2;
            }

            if (!await Prerequisites.EnsureAsync(Console.Out, Console.Error, ct).ConfigureAwait(false))
            {
                return 1;
            }

            var settings = new ServerSettings
            {
                Data = result.GetValue(CommonOptions.Data)!,
                Port = result.GetValue(port),
                Bind = result.GetValue(bind)!,
                Libraries = seeds,
                Demo = !result.GetValue(noDemo),
            };
            return await RunAsync(settings, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(ServerSettings settings, CancellationToken ct)
    {
        try
        {
            await using var app = HearthServer.Build(settings);
            var url = await HearthServer.StartAsync(app, settings, Console.Out, ct).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"Hearth is ready on {url}").ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return 0;
        }
        catch (System.Data.Common.DbException e)
        {
            await Console.Error.WriteLineAsync($"Hearth could not open its store in {settings.Data}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            // e.g. the port is taken: say so in one line, not a stack trace
            await Console.Error.WriteLineAsync($"Hearth could not start: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
