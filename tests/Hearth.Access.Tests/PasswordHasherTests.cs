using Hearth.Access.Passwords;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Tests;

public sealed class PasswordHasherTests
{
    private readonly PasswordHasher hasher = new(Options.Create(new AccessOptions()));

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

    [Fact]
    public void Hash_WithLowerCost_CarriesItsCostAndStillVerifiesUnderTheDefault()
    {
        var cheap = new PasswordHasher(Options.Create(new AccessOptions { PasswordMemoryKiB = 64, PasswordIterations = 1 }));

        var encoded = cheap.Hash("a-long-password");

        Assert.Contains("$m=64,t=1,p=1$", encoded, StringComparison.Ordinal);
        // the cost travels with the hash: a server with other settings still checks it
        Assert.True(hasher.Verify("a-long-password", encoded));
        Assert.False(hasher.Verify("another-password", encoded));
    }
}
