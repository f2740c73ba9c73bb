using System.Globalization;
using System.Text;
using Hearth.Library.Naming;

namespace Hearth.Library.Tests.Naming.Golden;

/// <summary>
/// One line of naming-golden.tsv: a library path, how it was read (as a movie or as an episode), what
/// the naming returned, and — for paths made from the Sonarr/Radarr corpus — what the corpus expects of
/// the release name in it (only for judging a change by hand; the test compares the reading alone).
/// </summary>
internal sealed record GoldenRow(string Kind, string Path, string Reading, string Expect)
{
    public const string Movie = "movie";
    public const string Show = "show";

    public static string Read(string kind, string path) => kind switch
    {
        Movie => Describe(MovieNaming.Parse(path)),
        Show => Describe(EpisodeNaming.Parse(path)),
        _ => throw new ArgumentException($"unknown kind '{kind}'", nameof(kind)),
    };

    public static GoldenRow Parse(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != 4)
        {
            throw new FormatException($"a golden line has 4 cells, not {cells.Length}: {line}");
        }

        return new GoldenRow(cells[0], Unescape(cells[1]), Unescape(cells[2]), Unescape(cells[3]));
    }

    public string Format() => string.Join('\t', Kind, Escape(Path), Escape(Reading), Escape(Expect));

    private static string Describe(MoviePath m) => Join(
        ("key", m.Key),
        ("title", m.Title),
        ("year", Number(m.Year)),
        ("extra", m.Extra?.ToString()),
        ("extraTitle", m.ExtraTitle),
        ("edition", m.Edition),
        ("ids", Ids(m.ProviderIds)),
        ("part", Number(m.Part)));

    private static string Describe(EpisodePath e) => Join(
        ("show", e.ShowKey),
        ("title", e.ShowTitle),
        ("year", Number(e.ShowYear)),
        ("season", Number(e.Season)),
        ("episode", Number(e.Episode)),
        ("end", Number(e.EpisodeEnd)),
        ("episodeTitle", e.EpisodeTitle),
        ("aired", e.AirDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("extra", e.Extra?.ToString()),
        ("ids", Ids(e.ProviderIds)));

    private static string? Number(int? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static string? Ids(IReadOnlyDictionary<string, string> ids) =>
        ids.Count == 0 ? null : string.Join(',', ids.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}:{i.Value}"));

    // only the fields that are set, so a line reads short: key=…|title=…|year=…
    internal static string Join(params (string Name, string? Value)[] fields) =>
        string.Join(" | ", fields.Where(f => f.Value is not null).Select(f => $"{f.Name}={f.Value}"));

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                builder.Append(text[i] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    _ => text[i],
                });
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
