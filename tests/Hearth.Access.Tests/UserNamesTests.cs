using Hearth.Access.Users;

namespace Hearth.Access.Tests;

public sealed class UserNamesTests
{
    [Theory]
    [InlineData("anna", "anna")]
    [InlineData("  Mary Ann  ", "Mary Ann")]
    [InlineData("José", "José")]
    [InlineData("Zoë-2", "Zoë-2")]
    [InlineData("Дмитрий", "Дмитрий")]
    [InlineData("山田たろう", "山田たろう")]
    [InlineData("김민준", "김민준")]
    public void Check_OrdinaryName_IsTakenTrimmed(string raw, string expected)
    {
        var (name, problem) = UserNames.Check(raw, UserService.MaxNameLength);

        Assert.Null(problem);
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ad\u200Bmin")]
    [InlineData("admin\u202E")]
    [InlineData("bell\u0007")]
    [InlineData("\u0430dmin")]
    [InlineData("\uFF41dmin")]
    [InlineData("\uFB01sh")]
    [InlineData("Jose\u0301")]
    [InlineData("Mary  Ann")]
    [InlineData("\u3164")]
    public void Check_NameThatCouldPassForAnother_IsRefused(string raw)
    {
        var (name, problem) = UserNames.Check(raw, UserService.MaxNameLength);

        Assert.Null(name);
        Assert.NotNull(problem);
    }

    [Fact]
    public void Check_LongerThanTheLimit_IsRefused()
    {
        Assert.Null(UserNames.Check(new string('a', UserService.MaxNameLength + 1), UserService.MaxNameLength).Name);
        Assert.NotNull(UserNames.Check(new string('a', UserService.MaxNameLength), UserService.MaxNameLength).Name);
    }
}
