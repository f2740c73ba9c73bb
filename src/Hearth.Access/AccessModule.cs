using Hearth.Access.Login;
using Hearth.Access.Passwords;
using Hearth.Access.Sessions;
using Hearth.Access.Setup;
using Hearth.Access.Store;
using Hearth.Access.Users;
using Hearth.Core.Access;
using Hearth.Core.Paths;
using Hearth.Core.Roles;
using Hearth.Core.Settings;
using Hearth.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hearth.Access;

public static class AccessModule
{
    /// <summary>Accounts, sessions and the rule that every endpoint needs a signed-in caller unless it says otherwise.</summary>
    public static IHostApplicationBuilder AddAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        builder.BindSettings<AccessOptions>(AccessOptions.Section);
        services.AddDbContextFactory<AccessDb>((sp, o) => o.UseHearthSqlite(sp.GetRequiredService<DataFolder>().AccessDatabase));
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<AccountLockout>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<UserService>();
        services.AddAuthentication(HearthAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HearthAuthenticationHandler>(HearthAuthenticationHandler.SchemeName, null);
        AddCallerPolicies(services);
        return builder;
    }

    /// <summary>
    /// For a role that runs apart from the server (acquire, egress): it has no accounts, and believes only requests
    /// that carry <paramref name="key"/>, signed in as the caller the server names beside it. The same policies
    /// apply as on the server, so an endpoint answers alike in either composition.
    /// </summary>
    public static IHostApplicationBuilder AddRoleAccess(this IHostApplicationBuilder builder, RoleKey key)
    {
        var services = builder.Services;
        services.AddSingleton(key);
        services.AddAuthentication(RoleKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, RoleKeyAuthenticationHandler>(RoleKeyAuthenticationHandler.SchemeName, null);
        AddCallerPolicies(services);
        return builder;
    }

    private static void AddCallerPolicies(IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(CallerAccess.AdminPolicy, p => p.RequireAuthenticatedUser().RequireClaim(CallerAccess.AdminClaim, "true"))
            .AddPolicy(CallerAccess.IndexersPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.HasClaim(CallerAccess.AdminClaim, "true") || c.User.HasClaim(CallerAccess.IndexersClaim, "true")));

    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapAuthEndpoints();
        routes.MapUsersEndpoints();
        return routes;
    }

    /// <summary>Brings the store's schema up to date; the host calls it before it starts serving.</summary>
    public static async Task MigrateAccessAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AccessDb>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await SqliteStore.MigrateAsync(db, cancellationToken).ConfigureAwait(false);
    }
}
