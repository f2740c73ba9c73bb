using Hearth.Access.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Access.Tests;

public sealed class SessionServiceTests
{
    [Fact]
    public async Task Validate_NewSession_AnswersItsUser()
    {
        await using var store = await AccessStore.StartAsync();
        var admin = await store.AddUserAsync("Admin", admin: true);

        var token = await store.Sessions.CreateAsync(admin.Id, "tests", CancellationToken.None);
        var caller = await store.Sessions.ValidateAsync(token, CancellationToken.None);

        Assert.StartsWith(Tokens.SessionPrefix, token, StringComparison.Ordinal);
        Assert.Equal((admin.Id, "Admin", true), (caller?.UserId, caller?.Name, caller?.IsAdmin));
        Assert.Null(await store.Sessions.ValidateAsync(token + "x", CancellationToken.None));
    }

    [Fact]
    public async Task Create_Session_KeepsOnlyTheTokensHash()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");

        var token = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);

        await using var db = await store.Factory.CreateDbContextAsync();
        var session = await db.Sessions.SingleAsync();
        Assert.Equal(Tokens.Hash(token), session.TokenHash);
        Assert.DoesNotContain(token[Tokens.SessionPrefix.Length..], session.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnusedPastItsLifetime_IsRefused()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");
        var unused = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);
        var used = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);

        store.Clock.Advance(store.Options.SessionLifetime - TimeSpan.FromMinutes(1));
        Assert.NotNull(await store.Sessions.ValidateAsync(used, CancellationToken.None));
        store.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Null(await store.Sessions.ValidateAsync(unused, CancellationToken.None));
        Assert.NotNull(await store.Sessions.ValidateAsync(used, CancellationToken.None));
    }

    [Fact]
    public async Task Validate_UsedWithinItsLifetime_SlidesTheExpiry()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");
        var token = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);
        var lifetime = store.Options.SessionLifetime;

        store.Clock.Advance(lifetime * 0.75);
        Assert.NotNull(await store.Sessions.ValidateAsync(token, CancellationToken.None));
        store.Clock.Advance(lifetime * 0.75);

        // one and a half lifetimes after it was made, but only three quarters since it was last used
        Assert.NotNull(await store.Sessions.ValidateAsync(token, CancellationToken.None));
        store.Clock.Advance(lifetime + TimeSpan.FromMinutes(1));
        Assert.Null(await store.Sessions.ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Validate_ExpiringWhileRemembered_IsRefusedAtItsExpiry()
    {
        await using var store = await AccessStore.StartAsync(new AccessOptions { SessionLifetime = TimeSpan.FromHours(1) });
        var user = await store.AddUserAsync("anna");
        var token = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);

        // remembered for up to 30 seconds, but this session ends in 2
        store.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(2));
        Assert.NotNull(await store.Sessions.ValidateAsync(token, CancellationToken.None));
        store.Clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Null(await store.Sessions.ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task Revoke_RememberedSession_IsRefusedAtOnce()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");
        var token = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);
        var other = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);
        Assert.NotNull(await store.Sessions.ValidateAsync(token, CancellationToken.None));

        await store.Sessions.RevokeAsync(token, CancellationToken.None);

        Assert.Null(await store.Sessions.ValidateAsync(token, CancellationToken.None));
        Assert.NotNull(await store.Sessions.ValidateAsync(other, CancellationToken.None));
    }

    [Fact]
    public async Task SetPassword_SignsOutEverySessionOfThatUserOnly()
    {
        await using var store = await AccessStore.StartAsync();
        var anna = await store.AddUserAsync("anna");
        var ben = await store.AddUserAsync("ben");
        var annas = await store.Sessions.CreateAsync(anna.Id, null, CancellationToken.None);
        var bens = await store.Sessions.CreateAsync(ben.Id, null, CancellationToken.None);
        Assert.NotNull(await store.Sessions.ValidateAsync(annas, CancellationToken.None));

        Assert.True(await store.Users.SetPasswordAsync(anna.Id, "a-new-password", CancellationToken.None));

        Assert.Null(await store.Sessions.ValidateAsync(annas, CancellationToken.None));
        Assert.NotNull(await store.Sessions.ValidateAsync(bens, CancellationToken.None));
    }

    [Fact]
    public async Task Validate_DeletedUser_IsRefused()
    {
        await using var store = await AccessStore.StartAsync();
        await store.AddUserAsync("Admin", admin: true);
        var user = await store.AddUserAsync("anna");
        var token = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);
        Assert.NotNull(await store.Sessions.ValidateAsync(token, CancellationToken.None));

        Assert.True(await store.Users.DeleteAsync(user.Id, CancellationToken.None));

        Assert.Null(await store.Sessions.ValidateAsync(token, CancellationToken.None));
    }
}
