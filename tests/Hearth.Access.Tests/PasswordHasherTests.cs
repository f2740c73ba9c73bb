using Hearth.Access.Passwords;

namespace Hearth.Access.Tests;

public sealed class PasswordHasherTests
{
    private readonly PasswordHasher hasher = new();

    [Fact]
    public void Hash_ThenVerify_AcceptsOnlyTheSamePassword()
    {
        var hash = hasher.Hash("correct horse battery");

        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", hash, StringComparison.Ordinal);
        Assert.True(hasher.Verify("correct horse battery", hash));
        Assert.False(hasher.Verify("correct horse batterY", hash));
        Assert.False(hasher.Verify(string.Empty, hash));
    }

    [Fact]
    public void Hash_SamePasswordTwice_UsesDifferentSalts()
    {
        Assert.NotEqual(hasher.Hash("same password"), hasher.Hash("same password"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")]
    [InlineData("$pbkdf2$whatever$x$y$z")]
    public void Verify_MalformedOrForeignHash_IsFalse(string stored)
    {
        Assert.False(hasher.Verify("anything", stored));
    }
}
