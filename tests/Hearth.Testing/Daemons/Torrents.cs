using Hearth.Core.Processes;

namespace Hearth.Testing.Daemons;

/// <summary>Real .torrent files made by mktorrent from files the test writes.</summary>
public static class Torrents
{
    private static readonly ProcessRunner Runner = new();

    /// <summary>Makes <paramref name="content"/> (a file or folder) into a torrent at <paramref name="output"/>, announcing to <paramref name="tracker"/>.</summary>
    public static async Task<byte[]> MakeAsync(string content, string output, string tracker = "http://127.0.0.1:9/announce")
    {
        await Runner.RunAsync("mktorrent", ["-a", tracker, "-l", "15", "-o", output, content], TimeSpan.FromMinutes(1));
        return await File.ReadAllBytesAsync(output);
    }
}
