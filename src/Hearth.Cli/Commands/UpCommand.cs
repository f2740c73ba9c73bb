using System.CommandLine;
using Hearth.Web;
using Hearth.Web.Roles;
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
        var vpn = new Option<FileInfo?>("--vpn") { Description = "A WireGuard file: egress brings the tunnel up in its own network namespace with a kill switch, and acquire runs inside it" };
        var vpnNamespace = new Option<string>("--vpn-namespace") { Description = "The egress network namespace's name", DefaultValueFactory = _ => "hearth-egress" };
        var vpnInterface = new Option<string>("--vpn-interface") { Description = "The tunnel interface's name", DefaultValueFactory = _ => "hearth0" };
        var vpnPortForwarding = new Option<bool>("--vpn-port-forwarding") { Description = "Ask the VPN gateway for a forwarded port (NAT-PMP, as ProtonVPN offers)" };
        var vpnAllow = new Option<string[]>("--vpn-allow") { Description = "A subnet the namespace may reach outside the tunnel (the LAN, e.g. 192.168.1.0/24); repeat for more", AllowMultipleArgumentsPerToken = false };
        var trustedProxies = new Option<string[]>("--trusted-proxy") { Description = "A reverse proxy (address or network) whose X-Forwarded-For/-Proto/-Host headers are believed; repeat for more", AllowMultipleArgumentsPerToken = false };
        var role = new Option<string>("--role") { Description = "Run one role alone: server, acquire or egress (by default every role runs in this one process)", DefaultValueFactory = _ => "all" };
        role.AcceptOnlyFromAmong("all", "server", "acquire", "egress");
        var acquire = new Option<string?>("--acquire") { Description = "With --role server: the acquire role's URL (e.g. http://127.0.0.1:8097); the indexer routes are answered there" };
        var server = new Option<string?>("--server") { Description = "With --role acquire: the server's URL, which its health reports as reachable or not" };
        var roleKeyFile = new Option<string?>("--role-key-file") { Description = "The key the roles authenticate each other with (default: role.key in the data folder, made on first start); roles apart share one" };
        var command = new Command("up", "Start Hearth: the server with its libraries, on http://127.0.0.1:8096 by default")
        {
            port, bind, libraries, noDemo, vpn, vpnNamespace, vpnInterface, vpnPortForwarding, vpnAllow, trustedProxies, role, acquire, server, roleKeyFile,
        };
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

            var proxies = result.GetValue(trustedProxies) ?? [];
            if (TrustedProxies.Problem(proxies) is { } proxyProblem)
            {
                await Console.Error.WriteLineAsync(proxyProblem).ConfigureAwait(false);
                return 2;
            }

            _ = HearthRoles.TryParse(result.GetValue(role)!, out var chosenRole);
            if (!TryUrl(result.GetValue(acquire), "--acquire", out var acquireUrl, out var urlProblem) || !TryUrl(result.GetValue(server), "--server", out var serverUrl, out urlProblem))
            {
                await Console.Error.WriteLineAsync(urlProblem).ConfigureAwait(false);
                return 2;
            }

            Hearth.Egress.EgressOptions? egress = null;
            if (result.GetValue(vpn) is { } vpnFile)
            {
                egress = new Hearth.Egress.EgressOptions
                {
                    ConfigFile = vpnFile.FullName,
                    Namespace = result.GetValue(vpnNamespace)!,
                    TunnelInterface = result.GetValue(vpnInterface)!,
                    PortForwarding = result.GetValue(vpnPortForwarding),
                    AllowedSubnets = [.. result.GetValue(vpnAllow) ?? []],
                };
                // checked before the name goes into a path or a command, and before anything is installed or made
                if (egress.Problems() is { Count: > 0 } problems)
                {
                    await Console.Error.WriteLineAsync($"The VPN settings cannot be used:\n  - {string.Join("\n  - ", problems)}").ConfigureAwait(false);
                    return 2;
                }

                egress.RuntimeDirectory = Path.Combine("/run/hearth-egress", egress.Namespace);
            }

            var settings = new ServerSettings
            {
                Data = result.GetValue(CommonOptions.Data)!,
                Port = result.GetValue(port),
                Bind = result.GetValue(bind)!,
                Libraries = seeds,
                Demo = !result.GetValue(noDemo),
                TrustedProxies = proxies,
                Role = chosenRole,
                Acquire = acquireUrl,
                Server = serverUrl,
                RoleKeyFile = result.GetValue(roleKeyFile) is { } keyFile ? Path.GetFullPath(keyFile) : null,
                ManagedClient = true,
            };
            // the egress controller is made later (after prerequisites): here it is enough that --vpn was given
            if (HearthServer.Problem(settings, egressComing: egress is not null) is { } roleProblem)
            {
                await Console.Error.WriteLineAsync(roleProblem).ConfigureAwait(false);
                return 2;
            }

            // ffmpeg and ffprobe: the server's (acquire and egress alone read no media)
            if (chosenRole is HearthRole.All or HearthRole.Server && !await Prerequisites.EnsureAsync(Console.Out, Console.Error, ct).ConfigureAwait(false))
            {
                return 1;
            }

            // the download client Hearth runs where acquire runs; without it Hearth still starts (grabs go to the blackhole or the household's own client)
            if (chosenRole is HearthRole.All or HearthRole.Acquire)
            {
                await Prerequisites.EnsureTorrentClientAsync(Console.Out, Console.Error, ct).ConfigureAwait(false);
            }

            if (egress is not null)
            {
                return await VpnUp.RunAsync(settings, egress, ct).ConfigureAwait(false);
            }

            return await RunAsync(settings, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static bool TryUrl(string? text, string flag, out Uri? url, out string? problem)
    {
        url = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            url = parsed;
            return true;
        }

        problem = $"{flag} takes an http:// or https:// URL, such as http://127.0.0.1:8097, not '{text}'";
        return false;
    }

    internal static async Task<int> RunAsync(ServerSettings settings, CancellationToken ct, Func<string, CancellationToken, Task>? whenReady = null)
    {
        try
        {
            await using var app = HearthServer.Build(settings);
            var url = await HearthServer.StartAsync(app, settings, Console.Out, ct).ConfigureAwait(false);
            if (whenReady is not null)
            {
                await whenReady(url, ct).ConfigureAwait(false);
            }

            await Console.Out.WriteLineAsync(settings.Role switch
            {
                HearthRole.All => $"Hearth is ready on {url}",
                HearthRole.Server => $"Hearth (server role; acquire at {settings.Acquire}) is ready on {url}",
                var alone => $"Hearth {HearthRoles.Name(alone)} is ready on {url} (it answers only a server with the role key)",
            }).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception e) when (SettingFailures(e) is { } failures)
        {
            await Console.Error.WriteLineAsync(
                $"Hearth could not start: {(failures.Count == 1 ? "a setting is" : "settings are")} not valid:\n  - {string.Join("\n  - ", failures)}\n" +
                $"Settings come from {Path.Combine(Path.GetFullPath(settings.Data), "settings.json")} and from environment variables HEARTH_Section__Key (the environment wins).").ConfigureAwait(false);
            return 1;
        }
        catch (InvalidDataException e)
        {
            // settings.json is not JSON: the configuration reader names the file, its inner exception the place
            await Console.Error.WriteLineAsync($"Hearth could not start: {e.Message} {e.InnerException?.Message}").ConfigureAwait(false);
            return 1;
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

    /// <summary>
    /// The settings refused at start, each named as Section:Key (see SettingsBinding); several options classes
    /// refused at once come as an AggregateException. Null for any other failure.
    /// </summary>
    private static List<string>? SettingFailures(Exception e) => e switch
    {
        // a value of the wrong type ("four" for a number): the binder names the setting, its inner exception why
        InvalidOperationException { InnerException: { } why } wrong when wrong.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [$"{wrong.Message} {why.Message}"],
        Microsoft.Extensions.Options.OptionsValidationException one => [.. one.Failures],
        AggregateException all when all.InnerExceptions.All(i => i is Microsoft.Extensions.Options.OptionsValidationException) =>
            [.. all.InnerExceptions.OfType<Microsoft.Extensions.Options.OptionsValidationException>().SelectMany(i => i.Failures)],
        _ => null,
    };
}
