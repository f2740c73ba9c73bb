using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hearth.Releases;

namespace Hearth.Cli.Commands;

/// <summary>`hearth parse "TITLE"`: shows how Hearth reads a release name, field by field.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var titles = new Argument<string[]>("titles") { Description = "Release, file or folder names; '-' reads one per line from standard input", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print each result as one JSON object per line" };
        var command = new Command("parse", "Show how a release name is read: title, numbering, quality, languages, group") { titles, json };
        command.SetAction(async (result, ct) =>
        {
            var asJson = result.GetValue(json);
            foreach (var title in await ExpandAsync(result.GetValue(titles)!, ct).ConfigureAwait(false))
            {
                var parsed = ReleaseParser.Parse(title);
                var text = asJson ? JsonSerializer.Serialize(parsed, ReleaseJson.Default.ParsedRelease) : Describe(parsed);
                await Console.Out.WriteLineAsync(text).ConfigureAwait(false);
            }
            return 0;
        });
        return command;
    }

    private static async Task<List<string>> ExpandAsync(string[] arguments, CancellationToken ct)
    {
        var list = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument != "-")
            {
                list.Add(argument);
                continue;
            }
            while (await Console.In.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    list.Add(line.TrimEnd('\r'));
                }
            }
        }
        return list;
    }

    internal static string Describe(ParsedRelease r)
    {
        var lines = new List<(string, string?)>
        {
            ("input", r.Input),
            ("parsed", r.IsParsed ? "yes" : "no: " + r.Failure),
            ("kind", r.Kind.ToString()),
            ("title", r.Title),
            ("normalized title", r.NormalizedTitle),
            ("other titles", r.Titles.Count > 1 ? string.Join(" | ", r.Titles) : null),
            ("year", r.Year?.ToString(CultureInfo.InvariantCulture)),
            ("season", r.SeasonNumber?.ToString(CultureInfo.InvariantCulture)),
            ("seasons", r.IsMultiSeason ? string.Join(", ", r.Seasons) : null),
            ("episodes", r.EpisodeNumbers.Count > 0 ? string.Join(", ", r.EpisodeNumbers) : null),
            ("absolute episodes", r.AbsoluteEpisodeNumbers.Count > 0 ? string.Join(", ", r.AbsoluteEpisodeNumbers) : null),
            ("special episodes", r.SpecialAbsoluteEpisodeNumbers.Count > 0 ? string.Join(", ", r.SpecialAbsoluteEpisodeNumbers) : null),
            ("air date", r.AirDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("pack", Pack(r)),
            ("edition", r.Edition.Length > 0 ? r.Edition : null),
            ("quality", r.Quality.Quality.Name),
            ("source / resolution / modifier", $"{r.Quality.Source} / {r.Quality.Resolution} / {r.Quality.Modifier}"),
            ("revision", $"v{r.Quality.Revision.Version}{(r.Quality.Revision.Real > 0 ? $" real {r.Quality.Revision.Real}" : string.Empty)}{(r.Quality.Revision.IsRepack ? " repack" : string.Empty)}"),
            ("detected from", $"source: {r.Quality.SourceDetection}, resolution: {r.Quality.ResolutionDetection}"),
            ("video", Join(r.VideoCodec, r.BitDepth is { } b ? $"{b}-bit" : null, r.HdrFormats.Count > 0 ? string.Join(", ", r.HdrFormats) : null)),
            ("audio", Join(r.AudioCodec, r.AudioChannels)),
            ("languages", string.Join(", ", r.Languages) + (r.IsMultiLanguage ? " (multi)" : string.Empty) + (r.IsDubbed ? " (dubbed)" : string.Empty)),
            ("subtitles", r.SubtitleLanguages.Count > 0 ? string.Join(", ", r.SubtitleLanguages) : null),
            ("hardcoded subs", r.HardcodedSubs),
            ("release group", r.ReleaseGroup),
            ("release hash", r.ReleaseHash),
            ("streaming service", r.StreamingService),
            ("imdb / tmdb", r.ImdbId is null && r.TmdbId is null ? null : $"{r.ImdbId} {r.TmdbId}".Trim()),
        };
        return string.Join('\n', lines.Where(l => !string.IsNullOrEmpty(l.Item2)).Select(l => $"{l.Item1,-32} {l.Item2}")) + "\n";
    }

    private static string? Pack(ParsedRelease r)
    {
        var parts = new List<string>();
        if (r.IsFullSeason)
        {
            parts.Add("full season");
        }
        if (r.IsMultiSeason)
        {
            parts.Add("multi-season");
        }
        if (r.IsPartialSeason)
        {
            parts.Add($"season part {r.SeasonPart}");
        }
        if (r.IsSeasonExtra)
        {
            parts.Add("season extras");
        }
        if (r.IsSpecial)
        {
            parts.Add("special");
        }
        if (r.IsMiniSeries)
        {
            parts.Add("mini-series");
        }
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return present.Count == 0 ? null : string.Join(", ", present);
    }
}
