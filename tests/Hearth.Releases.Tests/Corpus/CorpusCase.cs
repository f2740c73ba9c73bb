using System.Text.Json;

namespace Hearth.Releases.Tests.Corpus;

/// <summary>One case of the Sonarr/Radarr corpus (see shared/testdata/release-names/README.md).</summary>
public sealed record CorpusCase(string Id, string Source, string Fixture, string Test, string Release, string Parser, JsonElement? ParserArgs, IReadOnlyList<JsonElement> Checks)
{
    public static CorpusCase Read(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement.Clone();
        return new CorpusCase(
            root.GetProperty("id").GetString()!,
            root.GetProperty("source").GetString()!,
            root.GetProperty("fixture").GetString()!,
            root.GetProperty("test").GetString()!,
            root.GetProperty("release").GetString()!,
            root.GetProperty("parser").GetString()!,
            root.TryGetProperty("parser_args", out var args) ? args : null,
            [.. root.GetProperty("checks").EnumerateArray()]);
    }

    /// <summary>
    /// The corpus lives beside the repository: the repo is at &lt;x&gt;/main or &lt;x&gt;/wt-*, the corpus at
    /// &lt;x&gt;/shared/testdata/release-names. Walks up from the test assembly until it finds it.
    /// </summary>
    public static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "testdata", "release-names");
            if (File.Exists(Path.Combine(candidate, "sonarr.jsonl")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException(
            $"The release-name corpus was not found: no folder above {AppContext.BaseDirectory} contains shared/testdata/release-names/sonarr.jsonl. " +
            "Check out the shared folder beside the repository (<x>/shared next to <x>/main).");
    }

    public static IReadOnlyList<CorpusCase> Load(string folder, string file) =>
        [.. File.ReadLines(Path.Combine(folder, file)).Where(l => l.Length > 0).Select(Read)];
}
