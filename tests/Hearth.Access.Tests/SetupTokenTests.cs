namespace Hearth.Access.Tests;

public sealed class SetupTokenTests
{
    [Fact]
    public async Task Ensure_MakesOneOwnerOnlyTokenAndKeepsIt()
    {
        await using var store = await AccessStore.StartAsync();

        var token = store.Setup.Ensure();

        Assert.Equal(token, store.Setup.Ensure());
        Assert.Equal(token + Environment.NewLine, await File.ReadAllTextAsync(store.Data.SetupToken));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Data.SetupToken));
        }
    }

    [Fact]
    public async Task Matches_OnlyTheTokenOnDisk()
    {
        await using var store = await AccessStore.StartAsync();
        var token = store.Setup.Ensure();

        Assert.True(store.Setup.Matches(token));
        Assert.True(store.Setup.Matches($"  {token}\n"));
        Assert.False(store.Setup.Matches(token[..^1]));
        Assert.False(store.Setup.Matches(null));
        Assert.False(store.Setup.Matches(string.Empty));
    }

    [Fact]
    public async Task CreateAdmin_ConsumesTheToken_ButAPlainUserDoesNot()
    {
        await using var store = await AccessStore.StartAsync();
        var token = store.Setup.Ensure();

        await store.AddUserAsync("kid");
        Assert.True(store.Setup.Matches(token));
        await store.AddUserAsync("Admin", admin: true);

        Assert.False(File.Exists(store.Data.SetupToken));
        Assert.False(store.Setup.Matches(token));
        Assert.NotEqual(token, store.Setup.Ensure());
    }
}
