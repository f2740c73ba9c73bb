using Hearth.Access.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Access.Tests;

public sealed class ApiKeyTests
{
    [Fact]
    public async Task CreateApiKey_SignsInAsItsOwnerAndOutlivesSessions()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna", canUseIndexers: true);

        var key = await store.Sessions.CreateApiKeyAsync(user.Id, "Sonarr", CancellationToken.None);
        store.Clock.Advance(store.Options.SessionLifetime * 3);
        var caller = await store.Sessions.ValidateAsync(key, CancellationToken.None);

        Assert.StartsWith(Tokens.ApiKeyPrefix, key, StringComparison.Ordinal);
        Assert.Equal((user.Id, false, true), (caller?.UserId, caller?.IsAdmin, caller?.CanUseIndexers));
    }

    [Fact]
    public async Task ListApiKeys_NamesThemNewestFirstButNeverTheKey()
    {
        await using var store = await AccessStore.StartAsync();
        var anna = await store.AddUserAsync("anna");
        var ben = await store.AddUserAsync("ben");
        var first = await store.Sessions.CreateApiKeyAsync(anna.Id, "Sonarr", CancellationToken.None);
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await store.Sessions.CreateApiKeyAsync(anna.Id, "Radarr", CancellationToken.None);
        await store.Sessions.CreateApiKeyAsync(ben.Id, "Ben's", CancellationToken.None);

        var keys = await store.Sessions.ListApiKeysAsync(anna.Id, CancellationToken.None);

        Assert.Equal(["Radarr", "Sonarr"], keys.Select(k => k.Name));
        Assert.Equal(store.Clock.GetUtcNow().ToUnixTimeMilliseconds(), keys[0].CreatedMs);
        await using var db = await store.Factory.CreateDbContextAsync();
        var stored = await db.ApiKeys.Select(k => k.KeyHash).ToListAsync();
        Assert.DoesNotContain(first, stored);
        Assert.DoesNotContain(second, stored);
        Assert.Contains(Tokens.Hash(first), stored);
    }

    [Fact]
    public async Task RevokeApiKey_RememberedKey_IsRefusedAtOnce()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");
        var key = await store.Sessions.CreateApiKeyAsync(user.Id, "Sonarr", CancellationToken.None);
        var kept = await store.Sessions.CreateApiKeyAsync(user.Id, "Radarr", CancellationToken.None);
        Assert.NotNull(await store.Sessions.ValidateAsync(key, CancellationToken.None));
        var id = (await store.Sessions.ListApiKeysAsync(user.Id, CancellationToken.None)).Single(k => k.Name == "Sonarr").Id;

        Assert.True(await store.Sessions.RevokeApiKeyAsync(user.Id, id, CancellationToken.None));

        Assert.Null(await store.Sessions.ValidateAsync(key, CancellationToken.None));
        Assert.NotNull(await store.Sessions.ValidateAsync(kept, CancellationToken.None));
        Assert.False(await store.Sessions.RevokeApiKeyAsync(user.Id, id, CancellationToken.None));
    }

    [Fact]
    public async Task RevokeApiKey_SomeoneElsesKey_IsRefusedAndTheKeyStays()
    {
        await using var store = await AccessStore.StartAsync();
        var anna = await store.AddUserAsync("anna");
        var ben = await store.AddUserAsync("ben");
        var key = await store.Sessions.CreateApiKeyAsync(anna.Id, "Sonarr", CancellationToken.None);
        var id = (await store.Sessions.ListApiKeysAsync(anna.Id, CancellationToken.None)).Single().Id;

        Assert.False(await store.Sessions.RevokeApiKeyAsync(ben.Id, id, CancellationToken.None));

        Assert.NotNull(await store.Sessions.ValidateAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task SetPassword_AskedToRevokeKeys_RevokesThatUsersKeysOnly()
    {
        await using var store = await AccessStore.StartAsync();
        var anna = await store.AddUserAsync("anna");
        var ben = await store.AddUserAsync("ben");
        var annas = await store.Sessions.CreateApiKeyAsync(anna.Id, "Sonarr", CancellationToken.None);
        var bens = await store.Sessions.CreateApiKeyAsync(ben.Id, "Sonarr", CancellationToken.None);
        Assert.NotNull(await store.Sessions.ValidateAsync(annas, CancellationToken.None));

        await store.Users.SetPasswordAsync(anna.Id, "a-new-password", CancellationToken.None, revokeApiKeys: true);

        Assert.Null(await store.Sessions.ValidateAsync(annas, CancellationToken.None));
        Assert.Empty(await store.Sessions.ListApiKeysAsync(anna.Id, CancellationToken.None));
        Assert.NotNull(await store.Sessions.ValidateAsync(bens, CancellationToken.None));
    }

    [Fact]
    public async Task SetPassword_NotAskedToRevokeKeys_KeepsThem()
    {
        await using var store = await AccessStore.StartAsync();
        var anna = await store.AddUserAsync("anna");
        var key = await store.Sessions.CreateApiKeyAsync(anna.Id, "Sonarr", CancellationToken.None);

        await store.Users.SetPasswordAsync(anna.Id, "a-new-password", CancellationToken.None);

        Assert.NotNull(await store.Sessions.ValidateAsync(key, CancellationToken.None));
    }
}
