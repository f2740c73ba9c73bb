using System.Text;
using Hearth.Testing;

namespace Hearth.Library.Tests.Naming.Golden;

/// <summary>
/// Every path in naming-golden.tsv must read as recorded there. The file holds several thousand library
/// paths (see <see cref="GoldenPaths"/>), each read as a movie or as an episode. A change to naming that
/// alters any reading fails here; when the change is meant, rewrite the file with
/// <c>HEARTH_NAMING_GOLDEN=write dotnet test tests/Hearth.Library.Tests --filter NamingGolden</c> and read
/// the diff (also summarised in TestResults/naming-golden-diff.txt): every changed line must be an
/// improvement.
/// </summary>
public sealed class NamingGoldenTests
{
    private static readonly string GoldenFile = Path.Combine(Repository.Root, "tests", "Hearth.Library.Tests", "Naming", "Golden", "naming-golden.tsv");

    private const string Header =
        "# kind\tpath\thow Library naming reads it\twhat the Sonarr/Radarr corpus expects of the release name (for judging changes; not compared)";

    [Fact]
    public void Golden_EveryPath_ReadsAsRecorded()
    {
        if (Environment.GetEnvironmentVariable("HEARTH_NAMING_GOLDEN") == "write")
        {
            Write();
            return;
        }

        var rows = Load();
        Assert.True(rows.Count > 1000, $"naming-golden.tsv holds only {rows.Count} paths");
        var differences = new StringBuilder();
        var count = 0;
        foreach (var row in rows)
        {
            var now = GoldenRow.Read(row.Kind, row.Path);
            if (now != row.Reading)
            {
                count++;
                differences.Append(row.Kind).Append(' ').AppendLine(row.Path)
                    .Append("  was: ").AppendLine(row.Reading)
                    .Append("  now: ").AppendLine(now);
            }
        }

        Assert.True(count == 0, $"{count} of {rows.Count} paths read differently from naming-golden.tsv:\n{differences}");
    }

    private static List<GoldenRow> Load() =>
        File.Exists(GoldenFile)
            ? [.. File.ReadLines(GoldenFile).Where(l => l.Length > 0 && l[0] != '#').Select(GoldenRow.Parse)]
            : [];

    private static void Write()
    {
        var old = Load().ToDictionary(r => (r.Kind, r.Path));
        var corpus = GoldenPaths.FindCorpus();
        var rows = GoldenPaths.All(corpus)
            .Select(p => new GoldenRow(p.Kind, p.Path, GoldenRow.Read(p.Kind, p.Path), p.Expect))
            .ToList();
        // without the corpus beside the checkout, keep the corpus paths already recorded
        if (corpus is null)
        {
            var fresh = rows.Select(r => (r.Kind, r.Path)).ToHashSet();
            rows.AddRange(old.Values.Where(r => !fresh.Contains((r.Kind, r.Path)))
                .Select(r => r with { Reading = GoldenRow.Read(r.Kind, r.Path) }));
        }

        File.WriteAllLines(GoldenFile, [Header, .. rows.Select(r => r.Format())]);

        var report = new StringBuilder();
        var changed = 0;
        foreach (var row in rows)
        {
            if (old.TryGetValue((row.Kind, row.Path), out var before) && before.Reading != row.Reading)
            {
                changed++;
                report.Append(row.Kind).Append(' ').AppendLine(row.Path)
                    .Append("  was:    ").AppendLine(before.Reading)
                    .Append("  now:    ").AppendLine(row.Reading);
                if (row.Expect.Length > 0)
                {
                    report.Append("  corpus: ").AppendLine(row.Expect);
                }
            }
        }

        var results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        File.WriteAllText(
            Path.Combine(results, "naming-golden-diff.txt"),
            $"{rows.Count} paths, {old.Count} before; {changed} read differently, {rows.Count(r => !old.ContainsKey((r.Kind, r.Path)))} new\n\n{report}");
    }
}
