using System.CommandLine;
using Hearth.Library.Probing.Native;

namespace Hearth.Cli.Commands;

/// <summary>
/// `hearth probe-worker`: the process the server reads media files in, with FFmpeg's libraries (started by the server
/// itself, one per core; see <see cref="ProbeWorker"/>). Hidden: a person has no use for it.
/// </summary>
internal static class ProbeWorkerCommand
{
    public static Command Create()
    {
        var command = new Command(ProbeWorker.Command, "Read media files for the server with FFmpeg's libraries (one JSON request per line)") { Hidden = true };
        command.SetAction(async (_, ct) =>
        {
            await using var output = Console.OpenStandardOutput();
            return await ProbeWorker.RunAsync(Console.In, output, ct).ConfigureAwait(false);
        });
        return command;
    }
}
