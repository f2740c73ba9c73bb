using System.CommandLine;
using Hearth.Access.Users;
using Hearth.Cli.Commands;
using Hearth.Testing;
using Hearth.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli.Tests;

// Console is process-wide: these tests must not run beside each other.
[Collection("console")]
public sealed class UserCommandTests
{
    private static async Task<(int Code, string Output, string Errors)> RunAsync(string input, params string[] args)
    {
        var root = new RootCommand { CommonOptions.Data };
        root.Subcommands.Add(UserCommand.Create());
        var (oldIn, oldOut, oldError) = (Console.In, Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        try
        {
            Console.SetIn(new StringReader(input));
            Console.SetOut(output);
            Console.SetError(errors);
            var code = await root.Parse(args).InvokeAsync();
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetIn(oldIn);
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Fact]
    public async Task UserAdd_PasswordOnStdin_CreatesAnAdminThatCanSignIn()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");

        var (code, output, _) = await RunAsync("a-long-password\n", "user", "add", "alice", "--admin", "--password-stdin", "--data", data);

        Assert.Equal(0, code);
        Assert.Contains("Added admin alice", output, StringComparison.Ordinal);
        await using var app = HearthServer.Build(new ServerSettings { Data = data, Demo = false });
        var users = app.Services.GetRequiredService<UserService>();
        var login = await users.CheckLoginAsync("Alice", "a-long-password", CancellationToken.None);
        Assert.Equal(LoginOutcome.Ok, login.Outcome);
        Assert.True((await users.ListAsync(CancellationToken.None)).Single().IsAdmin);
    }

    [Fact]
    public async Task UserAdd_WithoutPasswordStdin_RefusesAndExplains()
    {
        using var temp = new TempFolder();

        var (code, _, errors) = await RunAsync(string.Empty, "user", "add", "bob", "--data", temp.Combine("data"));

        Assert.Equal(2, code);
        Assert.Contains("--password-stdin", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_ShortPasswordOrDuplicate_FailsWithAClearMessage()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");

        var (shortCode, _, shortErrors) = await RunAsync("short\n", "user", "add", "carol", "--password-stdin", "--data", data);
        await RunAsync("long-enough-password\n", "user", "add", "carol", "--password-stdin", "--data", data);
        var (dupCode, _, dupErrors) = await RunAsync("long-enough-password\n", "user", "add", "CAROL", "--password-stdin", "--data", data);

        Assert.Equal(1, shortCode);
        Assert.Contains("at least 8 characters", shortErrors, StringComparison.Ordinal);
        Assert.Equal(1, dupCode);
        Assert.Contains("exists already", dupErrors, StringComparison.Ordinal);
    }
}
