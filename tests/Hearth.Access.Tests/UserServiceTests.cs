using Hearth.Access.Users;

namespace Hearth.Access.Tests;

public sealed class UserServiceTests
{
    [Fact]
    public async Task Create_NameTakenInAnotherCase_IsAConflict()
    {
        await using var store = await AccessStore.StartAsync();
        await store.AddUserAsync("Anna");

        await Assert.ThrowsAsync<UserConflictException>(() => store.AddUserAsync("ANNA"));
        Assert.Single(await store.Users.ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("anna", "short")]
    [InlineData("\u0430nna", "long-enough-password")]
    public async Task Create_BadNameOrPassword_IsRefused(string name, string password)
    {
        await using var store = await AccessStore.StartAsync();

        await Assert.ThrowsAsync<UserException>(() => store.Users.CreateAsync(new NewUser(name, password), CancellationToken.None));
        Assert.False(await store.Users.AnyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CanUseIndexers_PlainUser_IsOffUntilAnAdminAllowsIt()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("kid");
        var token = await store.Sessions.CreateAsync(user.Id, null, CancellationToken.None);
        Assert.False(user.CanUseIndexers);
        Assert.False((await store.Sessions.ValidateAsync(token, CancellationToken.None))!.CanUseIndexers);

        var allowed = await store.Users.UpdateAsync(user.Id, new UserChange(null, null, null, CanUseIndexers: true), CancellationToken.None);

        Assert.True(allowed!.CanUseIndexers);
        // the remembered caller is forgotten: the next request already may
        Assert.True((await store.Sessions.ValidateAsync(token, CancellationToken.None))!.CanUseIndexers);
        var withdrawn = await store.Users.UpdateAsync(user.Id, new UserChange(null, null, null, CanUseIndexers: false), CancellationToken.None);
        Assert.False(withdrawn!.CanUseIndexers);
        Assert.False((await store.Sessions.ValidateAsync(token, CancellationToken.None))!.CanUseIndexers);
    }

    [Fact]
    public async Task CanUseIndexers_Admin_AlwaysMay()
    {
        await using var store = await AccessStore.StartAsync();
        var admin = await store.AddUserAsync("Admin", admin: true);
        var token = await store.Sessions.CreateAsync(admin.Id, null, CancellationToken.None);

        Assert.True(admin.CanUseIndexers);
        Assert.True((await store.Sessions.ValidateAsync(token, CancellationToken.None))!.CanUseIndexers);
    }

    [Fact]
    public async Task Update_Libraries_GrantsOnlyThoseThatExist()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("kid");
        var films = Guid.NewGuid();
        store.Libraries.Ids.Add(films);
        Assert.True(user.AllLibraries);

        var changed = await store.Users.UpdateAsync(user.Id, new UserChange(null, null, [films]), CancellationToken.None);

        Assert.False(changed!.AllLibraries);
        Assert.Equal([films], changed.Libraries);
        await Assert.ThrowsAsync<UserException>(() => store.Users.UpdateAsync(user.Id, new UserChange(null, null, [Guid.NewGuid()]), CancellationToken.None));
        Assert.Equal([films], (await store.Users.GetAsync(user.Id, CancellationToken.None))!.Libraries);
    }

    [Fact]
    public async Task TheOnlyAdmin_CannotBeDemotedOrDeleted()
    {
        await using var store = await AccessStore.StartAsync();
        var admin = await store.AddUserAsync("Admin", admin: true);

        await Assert.ThrowsAsync<UserException>(() => store.Users.UpdateAsync(admin.Id, new UserChange(false, null, null), CancellationToken.None));
        await Assert.ThrowsAsync<UserException>(() => store.Users.DeleteAsync(admin.Id, CancellationToken.None));

        var second = await store.AddUserAsync("Second", admin: true);
        Assert.False((await store.Users.UpdateAsync(admin.Id, new UserChange(false, null, null), CancellationToken.None))!.IsAdmin);
        await Assert.ThrowsAsync<UserException>(() => store.Users.DeleteAsync(second.Id, CancellationToken.None));
    }
}
