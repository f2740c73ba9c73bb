using System.CommandLine;
using System.Text;
using Hearth.Web;

namespace Hearth.Cli.Commands;

/// <summary>`hearth openapi`: writes the server's OpenAPI document, the source of the web client's types.</summary>
internal static class OpenApiCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The file to write (standard output by default)" };
        var command = new Command("openapi", "Write the server's OpenAPI document (as /openapi/v1.json serves it) without starting the server") { output };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(output) is not { } file)
            {
                await OpenApiExport.WriteAsync(Console.Out, ct).ConfigureAwait(false);
                return 0;
            }

            await using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await OpenApiExport.WriteAsync(writer, ct).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
