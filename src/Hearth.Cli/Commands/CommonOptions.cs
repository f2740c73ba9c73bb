using System.CommandLine;
using Hearth.Core.Paths;

namespace Hearth.Cli.Commands;

internal static class CommonOptions
{
    /// <summary>Every command takes --data, so `up` and `user add` work on the same folder.</summary>
    public static readonly Option<string> Data = new("--data")
    {
        Description = "The data folder (store, caches, setup token). Default: $HEARTH_DATA or ~/.local/share/hearth",
        DefaultValueFactory = _ => DataFolder.DefaultRoot(),
        Recursive = true,
    };
}
