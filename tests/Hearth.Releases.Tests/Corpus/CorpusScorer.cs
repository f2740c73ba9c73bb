using System.Globalization;
using System.Text.Json;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Releases.Tests.Corpus;

/// <summary>
/// Runs a case through our parser and checks every assertion of the corpus against our result, mapping
/// the Sonarr/Radarr property names onto ours and our qualities onto each product's quality list.
/// </summary>
public static class CorpusScorer
{
    public static (bool Passed, string Detail) Score(CorpusCase c)
    {
        object? result;
        try
        {
            result = Run(c);
        }
        catch (Exception e)
        {
            return (false, "threw " + e.GetType().Name + ": " + e.Message);
        }
        foreach (var check in c.Checks)
        {
            var path = check[0].GetString()!;
            var op = check[1].GetString()!;
            var expected = check.GetArrayLength() > 2 ? check[2] : default;
            object? actual;
            try
            {
                actual = Resolve(c, result, path);
            }
            catch (Exception e)
            {
                return (false, $"{path}: {e.Message}");
            }
            if (!Check(actual, op, expected))
            {
                return (false, $"{path} {op} {(expected.ValueKind == JsonValueKind.Undefined ? string.Empty : expected.GetRawText())} but was {Show(actual)}");
            }
        }
        return (true, string.Empty);
    }

    private static object? Run(CorpusCase c)
    {
        var release = c.Release;
        return c.Parser switch
        {
            "ParseSubtitleLanguage" or "ParseSubtitleLanguageInformation" => Hearth.Releases.Languages.SubtitleFile.Parse(release),
            "IsSceneTitle" => Hearth.Releases.SceneName.IsSceneTitle(release),
            "GetSceneTitle" => Hearth.Releases.SceneName.GetSceneTitle(release),
            _ => ReleaseParser.Parse(release),
        };
    }

    private static object? Resolve(CorpusCase c, object? result, string path)
    {
        var radarr = c.Source == "radarr";
        var parts = path.Split('.');
        string? suffix = null;
        var last = parts[^1];
        if (last is "First()" or "Single()" or "SingleOrDefault()" or "Count")
        {
            suffix = last;
            parts = parts[..^1];
        }
        else if (last.EndsWith("[0]", StringComparison.Ordinal))
        {
            suffix = "First()";
            parts[^1] = last[..^3];
        }
        var property = string.Join('.', parts.Skip(1));
        object? value = property.Length == 0 ? RootValue(c, result, radarr) : Property(c, result, property, radarr);
        if (suffix is null)
        {
            return value;
        }
        var list = value as System.Collections.IEnumerable ?? Array.Empty<object>();
        var items = list.Cast<object?>().ToList();
        return suffix switch
        {
            "Count" => items.Count,
            "SingleOrDefault()" => items.Count == 0 ? 0 : items.Count == 1 ? items[0] : throw new InvalidOperationException($"SingleOrDefault of {items.Count} items"),
            "Single()" => items.Count == 1 ? items[0] : throw new InvalidOperationException($"Single of {items.Count} items"),
            _ => items.Count > 0 ? items[0] : throw new InvalidOperationException("First of none"),
        };
    }

    private static object? RootValue(CorpusCase c, object? result, bool radarr)
    {
        if (result is Hearth.Releases.Languages.SubtitleFile sub && c.Parser == "ParseSubtitleLanguage")
        {
            // ParseSubtitleLanguage returns only the language
            return sub.Language.ToString();
        }
        if (result is not ParsedRelease r)
        {
            return result;
        }
        return c.Parser switch
        {
            "ParseTitle" or "ParsePath" => r.Kind == ReleaseKind.Episode ? r : null,
            "ParseMovieTitle" or "ParseMoviePath" => r.Kind == ReleaseKind.Movie ? r : null,
            // Sonarr's series name keeps a year that is part of it ("Series (2011)")
            "ParseSeriesName" => r.Kind != ReleaseKind.Episode && r.Year is { } y ? $"{r.Title} {y}" : r.Title,
            "ParseReleaseGroup" => r.ReleaseGroup,
            "ParseLanguages" => LanguageNames(r.Languages, radarr),
            "ParseQuality" => SonarrQuality(r.Quality.Quality),
            _ => r,
        };
    }

    private static object? Property(CorpusCase c, object? result, string property, bool radarr)
    {
        if (result is Hearth.Releases.Languages.SubtitleFile sub)
        {
            return property switch
            {
                "Language" => sub.Language.ToString(),
                "LanguageTags" => sub.Tags,
                "Title" => sub.Title,
                "RawTitle" => sub.Title,
                _ => throw new InvalidOperationException("no subtitle property " + property),
            };
        }
        var r = (ParsedRelease)result!;
        var q = r.Quality;
        if (c.Parser == "ParseQuality")
        {
            if (property == "Quality")
            {
                return SonarrQuality(q.Quality);
            }
            property = property.StartsWith("Quality.", StringComparison.Ordinal) ? property : "Quality." + property;
            if (property == "Quality.Quality" && !radarr)
            {
                return SonarrQuality(q.Quality);
            }
        }
        return property switch
        {
            "SeriesTitle" or "PrimaryMovieTitle" or "MovieTitle" => r.Title,
            "MovieTitles" => r.Titles,
            "SeasonNumber" => r.SeasonNumber ?? 0,
            "EpisodeNumbers" => r.EpisodeNumbers,
            "AbsoluteEpisodeNumbers" => r.AbsoluteEpisodeNumbers,
            "SpecialAbsoluteEpisodeNumbers" => r.SpecialAbsoluteEpisodeNumbers,
            "AirDate" => r.AirDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "DailyPart" => r.DailyPart,
            "FullSeason" => r.IsFullSeason,
            "IsMultiSeason" => r.IsMultiSeason,
            "IsPartialSeason" => r.IsPartialSeason,
            "SeasonPart" => r.SeasonPart,
            "IsSeasonExtra" => r.IsSeasonExtra,
            "IsSplitEpisode" => r.IsSplitEpisode,
            "Special" => r.IsSpecial,
            "IsPossibleSpecialEpisode" => r.IsPossibleSpecialEpisode,
            "ReleaseGroup" => r.ReleaseGroup,
            "ReleaseHash" => r.ReleaseHash ?? string.Empty,
            "ReleaseTitle" => r.ReleaseTitle,
            "Languages" => LanguageNames(r.Languages, radarr),
            "Year" => r.Year ?? 0,
            "Edition" => r.Edition,
            "HardcodedSubs" => r.HardcodedSubs,
            "ImdbId" => r.ImdbId,
            "TmdbId" => r.TmdbId ?? 0,
            "SeriesTitleInfo.TitleWithoutYear" => r.TitleWithoutYear,
            "SeriesTitleInfo.Year" => r.Year ?? 0,
            "SeriesTitleInfo.AllTitles" => r.Titles,
            "Quality.Quality" => radarr ? RadarrQuality(q.Quality) : SonarrQuality(q.Quality),
            "Quality.Source" => RadarrSource(q.Quality),
            "Quality.Resolution" => q.Quality.Resolution,
            "Quality.Modifier" => q.Quality.Modifier.ToString().ToUpperInvariant() switch { "NONE" => "NONE", var m => m },
            "Quality.Revision.Version" => q.Revision.Version,
            "Quality.Revision.Real" => q.Revision.Real,
            "Quality.Revision.IsRepack" => q.Revision.IsRepack,
            "Quality.SourceDetectionSource" => q.SourceDetection.ToString(),
            "Quality.ResolutionDetectionSource" => q.ResolutionDetection.ToString(),
            _ => throw new InvalidOperationException("unmapped property " + property),
        };
    }

    private static List<string> LanguageNames(IReadOnlyList<Language> languages, bool radarr) =>
        [.. languages.Select(l => radarr && l == Language.PortugueseBrazil ? "PortugueseBR" : l.ToString())];

    /// <summary>Sonarr's quality member names: WEBDL1080p, Bluray1080pRemux, RAWHD; it has no CAM or disc qualities.</summary>
    internal static string SonarrQuality(QualityDefinition q)
    {
        if (q == Qualities.RawHd)
        {
            return "RAWHD";
        }
        if (q == Qualities.DvdR)
        {
            return "DVD";
        }
        if (q == Qualities.BrDisk)
        {
            return "Bluray1080p";
        }
        if (q.Source is QualitySource.Cam or QualitySource.Telesync or QualitySource.Telecine or QualitySource.Workprint || q.Modifier is QualityModifier.Screener or QualityModifier.Regional)
        {
            return "Unknown";
        }
        return q.Name.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    internal static string RadarrQuality(QualityDefinition q) =>
        q == Qualities.Remux1080p ? "Remux1080p" : q == Qualities.Remux2160p ? "Remux2160p" : q == Qualities.BrDisk ? "BRDISK"
        : q == Qualities.DvdR ? "DVDR" : q == Qualities.RawHd ? "RAWHD" : SonarrQuality(q);

    private static string RadarrSource(QualityDefinition q) => q.Source switch
    {
        QualitySource.Television => "TV",
        QualitySource.WebDl => "WEBDL",
        QualitySource.WebRip => "WEBRIP",
        _ => q.Source.ToString().ToUpperInvariant(),
    };

    private static bool Check(object? actual, string op, JsonElement expected)
    {
        switch (op)
        {
            case "is_null":
                return actual is null;
            case "not_null":
                return actual is not null;
            case "is_empty":
                return actual is System.Collections.IEnumerable e && !e.Cast<object>().Any();
            case "not_empty":
                return actual is System.Collections.IEnumerable e2 && e2.Cast<object>().Any();
            case "count":
                return actual is System.Collections.IEnumerable e3 && e3.Cast<object>().Count() == expected.GetInt32();
            case "contains":
                return actual is System.Collections.IEnumerable e4 && e4.Cast<object?>().Any(a => Same(a, expected));
            case "equivalent":
                if (actual is string s && expected.ValueKind == JsonValueKind.String)
                {
                    return string.Equals(s, expected.GetString(), StringComparison.OrdinalIgnoreCase);
                }
                if (actual is not System.Collections.IEnumerable e5 || expected.ValueKind != JsonValueKind.Array)
                {
                    return false;
                }
                var items = e5.Cast<object?>().ToList();
                var wanted = expected.EnumerateArray().ToList();
                return items.Count == wanted.Count && wanted.All(w => items.Any(a => Same(a, w)));
            case "eq":
                return Same(actual, expected);
            case "ne":
                return !Same(actual, expected);
            case "eq_normalized":
                return actual is string t && Normalized(t) == Normalized(expected.GetString() ?? string.Empty);
            default:
                throw new InvalidOperationException("unknown op " + op);
        }
    }

    private static string Normalized(string title) => Hearth.Releases.Text.TitleCleaner.Normalize(title);

    private static bool Same(object? actual, JsonElement expected)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Null:
                return actual is null;
            case JsonValueKind.True or JsonValueKind.False:
                return actual is bool b && b == expected.GetBoolean();
            case JsonValueKind.Number:
                return actual is not null and not string and not bool && Convert.ToDecimal(actual, CultureInfo.InvariantCulture) == expected.GetDecimal();
            case JsonValueKind.String:
                return actual is string s && s == expected.GetString();
            case JsonValueKind.Array:
                return actual is System.Collections.IEnumerable e && e.Cast<object?>().Count() == expected.GetArrayLength()
                    && expected.EnumerateArray().Zip(e.Cast<object?>()).All(p => Same(p.Second, p.First));
            default:
                return false;
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => '"' + s + '"',
        System.Collections.IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Show)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };
}
