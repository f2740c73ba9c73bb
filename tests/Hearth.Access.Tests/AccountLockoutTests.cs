using Hearth.Access.Users;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Access.Tests;

/// <summary>The lockout as sign-in uses it: through <see cref="UserService.CheckLoginAsync"/>, on a real store.</summary>
public sealed class AccountLockoutTests
{
    [Fact]
    public async Task CheckLogin_AfterMaxWrongPasswords_LocksEvenTheRightOneUntilTheLockPasses()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");
        for (var i = 0; i < store.Lockout.MaxFailures; i++)
        {
            Assert.Equal(LoginOutcome.WrongCredentials, (await store.LoginAsync("anna", "wrong-password")).Outcome);
        }

        var locked = await store.LoginAsync("anna", "right-password");
        Assert.Equal((LoginOutcome.LockedOut, null), (locked.Outcome, locked.UserId));
        Assert.Equal(store.Lockout.Duration, locked.RetryAfter);

        store.Clock.Advance(store.Lockout.Duration - TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), (await store.LoginAsync("anna", "right-password")).RetryAfter);
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal((LoginOutcome.Ok, user.Id), ((await store.LoginAsync("anna", "right-password")).Outcome, (await store.LoginAsync("ANNA", "right-password")).UserId));
    }

    [Fact]
    public async Task CheckLogin_RightPasswordBeforeTheLimit_StartsTheCountAgain()
    {
        await using var store = await AccessStore.StartAsync();
        await store.AddUserAsync("anna");
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < store.Lockout.MaxFailures - 1; i++)
            {
                await store.LoginAsync("anna", "wrong-password");
            }

            Assert.Equal(LoginOutcome.Ok, (await store.LoginAsync("anna", "right-password")).Outcome);
        }
    }

    [Fact]
    public async Task CheckLogin_NameWithNoAccount_LocksTheSameWay()
    {
        await using var store = await AccessStore.StartAsync();
        await store.AddUserAsync("anna");
        for (var i = 0; i < store.Lockout.MaxFailures; i++)
        {
            Assert.Equal(LoginOutcome.WrongCredentials, (await store.LoginAsync("nobody", "wrong-password")).Outcome);
        }

        var locked = await store.LoginAsync("nobody", "wrong-password");

        Assert.Equal((LoginOutcome.LockedOut, store.Lockout.Duration), (locked.Outcome, locked.RetryAfter));
        // one name's lock is not another's
        Assert.Equal(LoginOutcome.Ok, (await store.LoginAsync("anna", "right-password")).Outcome);
    }

    [Fact]
    public async Task CheckLogin_ManyWrongAttemptsAtOnce_HashesNoMoreThanTheLimit()
    {
        await using var store = await AccessStore.StartAsync();
        await store.AddUserAsync("anna");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.LoginAsync("anna", "wrong-password"))));

        // each attempt takes its place in the count before its password is checked, so at most the limit are checked
        Assert.InRange(answers.Count(a => a.Outcome == LoginOutcome.WrongCredentials), 1, store.Lockout.MaxFailures);
        Assert.All(answers, a => Assert.NotEqual(LoginOutcome.Ok, a.Outcome));
        Assert.Equal(LoginOutcome.LockedOut, (await store.LoginAsync("anna", "right-password")).Outcome);
    }

    [Fact]
    public async Task SetPassword_LockedAccount_IsUnlocked()
    {
        await using var store = await AccessStore.StartAsync();
        var user = await store.AddUserAsync("anna");
        for (var i = 0; i < store.Lockout.MaxFailures; i++)
        {
            await store.LoginAsync("anna", "wrong-password");
        }

        await store.Users.SetPasswordAsync(user.Id, "a-new-password", CancellationToken.None);

        Assert.Equal(LoginOutcome.Ok, (await store.LoginAsync("anna", "a-new-password")).Outcome);
        await using var db = await store.Factory.CreateDbContextAsync();
        Assert.Equal((0, 0L), await db.Users.Where(u => u.Id == user.Id).Select(u => ValueTuple.Create(u.FailedLogins, u.LockedUntilMs)).SingleAsync());
    }

    [Fact]
    public async Task CheckLogin_PasswordLongerThanTheCap_IsWrongWithoutCounting()
    {
        await using var store = await AccessStore.StartAsync();
        await store.AddUserAsync("anna");

        for (var i = 0; i < store.Lockout.MaxFailures + 2; i++)
        {
            Assert.Equal(LoginOutcome.WrongCredentials, (await store.LoginAsync("anna", new string('x', UserService.MaxPasswordLength + 1))).Outcome);
        }

        Assert.Equal(LoginOutcome.Ok, (await store.LoginAsync("anna", "right-password")).Outcome);
    }
}
