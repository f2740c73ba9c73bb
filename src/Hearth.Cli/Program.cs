using System.CommandLine;
using Hearth.Cli.Commands;

var root = new RootCommand("Hearth: your household's movies and shows, on one box.");
root.Options.Add(CommonOptions.Data);
root.Subcommands.Add(UpCommand.Create());
root.Subcommands.Add(UserCommand.Create());
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(EgressCommand.Create());
root.Subcommands.Add(OpenApiCommand.Create());
root.Subcommands.Add(ProbeWorkerCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
