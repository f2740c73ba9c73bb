using System.Text.Json;
using Hearth.Core.Processes;

namespace Hearth.Jellyfin.Tests;

/// <summary>
/// Runs the real Jellyfin client libraries (tests/Hearth.Jellyfin.Tests/Clients, installed by ./test with npm ci)
/// under Node against a running Hearth, and reads the one JSON object each script prints.
/// </summary>
internal static class NodeClients
{
    private static readonly ProcessRunner Runner = new();

    /// <summary>The Clients folder in the source tree (the scripts and their node_modules are not copied to bin/).</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Hearth.Jellyfin.Tests", "Clients");
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException($"tests/Hearth.Jellyfin.Tests/Clients not found above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>Runs <c>node script baseUrl user password scenario</c> and answers its JSON; fails with its output otherwise.</summary>
    public static async Task<JsonElement> RunAsync(string script, string baseUrl, string user, string password, object scenario, string workFolder)
    {
        var folder = Folder;
        Assert.True(
            File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")),
            $"The Jellyfin client packages are not installed in {folder}/node_modules: run ./test, or `npm ci` in that folder.");
        var node = FindOnPath("node")
            ?? throw new InvalidOperationException("node is not on PATH: run ./test (web/ensure-built.sh installs Node.js) or install nodejs.");
        var scenarioPath = Path.Combine(workFolder, $"scenario-{Path.GetFileNameWithoutExtension(script)}.json");
        await File.WriteAllTextAsync(scenarioPath, JsonSerializer.Serialize(scenario));

        var result = await Runner.RunAsync(node, [Path.Combine(folder, script), baseUrl, user, password, scenarioPath], TimeSpan.FromMinutes(4), throwOnFailure: false);
        var last = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        Assert.True(
            result.ExitCode == 0 && last is not null && last.StartsWith('{'),
            $"node {script} exited {result.ExitCode}\n--- stdout ---\n{Tail(result.StandardOutput)}\n--- stderr ---\n{Tail(result.StandardError)}");
        return JsonDocument.Parse(last!).RootElement.Clone();
    }

    private static string Tail(string text) => text.Length > 6000 ? text[^6000..] : text;

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
