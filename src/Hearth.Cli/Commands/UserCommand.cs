using System.CommandLine;
using Hearth.Access;
using Hearth.Access.Users;
using Hearth.Library;
using Hearth.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli.Commands;

internal static class UserCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The user name" };
        var admin = new Option<bool>("--admin") { Description = "Make the user an admin" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (one line)" };
        var add = new Command("add", "Add a user (for scripts: the password comes on standard input)") { name, admin, passwordStdin };
        add.SetAction(async (result, ct) =>
        {
            if (!result.GetValue(passwordStdin))
            {
                await Console.Error.WriteLineAsync("Pass the password on standard input with --password-stdin (it never goes on the command line, where other users could see it).").ConfigureAwait(false);
                return 2;
            }

            var password = (await Console.In.ReadLineAsync(ct).ConfigureAwait(false))?.TrimEnd('\r', '\n');
            var settings = new ServerSettings { Data = result.GetValue(CommonOptions.Data)!, Demo = false };
            await using var app = HearthServer.Build(settings);
            await app.Services.MigrateAccessAsync(ct).ConfigureAwait(false);
            await app.Services.MigrateLibraryAsync(ct).ConfigureAwait(false);
            try
            {
                var users = app.Services.GetRequiredService<UserService>();
                var user = await users.CreateAsync(new NewUser(result.GetValue(name)!, password ?? string.Empty, result.GetValue(admin)), ct).ConfigureAwait(false);
                await Console.Out.WriteLineAsync($"Added {(user.IsAdmin ? "admin" : "user")} {user.Name} ({user.Id})").ConfigureAwait(false);
                return 0;
            }
            catch (UserException e)
            {
                await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 1;
            }
        });
        return new Command("user", "Manage users") { add };
    }
}
