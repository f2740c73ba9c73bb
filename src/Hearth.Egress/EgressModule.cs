using Hearth.Core.Egress;
using Hearth.Core.Processes;
using Hearth.Core.Settings;
using Hearth.Egress.Api;
using Hearth.Egress.Config;
using Hearth.Egress.Namespaces;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Egress;

public static class EgressModule
{
    /// <summary>
    /// The egress role. <paramref name="controller"/> is one already started (as `hearth up --vpn` does, so the tunnel
    /// is up before anything listens); without it, one is made from the "Egress" options and started by the worker.
    /// </summary>
    public static IHostApplicationBuilder AddEgress(this IHostApplicationBuilder builder, EgressController? controller = null)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessRunner>();
        if (controller is not null)
        {
            services.AddSingleton(controller);
        }
        else
        {
            builder.BindSettings<EgressOptions>(EgressOptions.Section);
            services.AddSingleton(sp =>
            {
                var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EgressOptions>>().Value;
                return CreateController(
                    options,
                    WireGuardConfigParser.ParseFile(options.ConfigFile),
                    sp.GetRequiredService<ProcessRunner>(),
                    sp.GetServices<IForwardedPortListener>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>());
            });
        }

        services.AddHostedService<EgressWorker>();
        return builder;
    }

    /// <summary>
    /// The one place an egress controller is made, whether from configuration (above) or by `hearth up --vpn`
    /// before anything listens; the controller refuses options with problems, so every path is checked.
    /// </summary>
    public static EgressController CreateController(EgressOptions options, WireGuardConfig config, ProcessRunner runner, IEnumerable<IForwardedPortListener> listeners, TimeProvider time, ILoggerFactory logging) =>
        new(options, config, new NetworkCommands(runner), listeners, time, logging.CreateLogger<EgressController>());

    public static IEndpointRouteBuilder MapEgressEndpoints(this IEndpointRouteBuilder routes) => routes.MapEgressControlEndpoints();
}
