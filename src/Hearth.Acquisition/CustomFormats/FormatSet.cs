using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.CustomFormats;

/// <summary>A custom format's condition that cannot be used, with the reason a person can act on.</summary>
public sealed class CustomFormatException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Custom formats made ready to match: every regex compiled once, conditions grouped by kind. A release matches
/// a format when every kind's group matches; a group matches when none of its required conditions fails and at
/// least one of its conditions holds (negated conditions hold when what they look for is absent). This is the
/// rule of Radarr's and Sonarr's custom-format calculation, so formats pasted from them score the same here.
/// </summary>
public sealed class FormatSet
{
    /// <summary>How long one regex may run on one title before it counts as not matching.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(50);

    private readonly CompiledFormat[] _formats;

    public FormatSet(IEnumerable<CustomFormat> formats)
    {
        _formats = formats.Select(Compile).ToArray();
    }

    public static FormatSet Empty { get; } = new([]);

    public IReadOnlyList<CustomFormat> Formats => _formats.Select(f => f.Format).ToList();

    /// <summary>The formats a release matches, in the set's order.</summary>
    public IReadOnlyList<CustomFormat> Match(ReleaseFacts release)
    {
        List<CustomFormat>? matched = null;
        foreach (var format in _formats)
        {
            if (format.Matches(release))
            {
                (matched ??= []).Add(format.Format);
            }
        }
        return matched ?? (IReadOnlyList<CustomFormat>)[];
    }

    /// <summary>Checks a format can be used; throws <see cref="CustomFormatException"/> saying what is wrong.</summary>
    public static void Validate(CustomFormat format) => Compile(format);

    private static CompiledFormat Compile(CustomFormat format)
    {
        if (string.IsNullOrWhiteSpace(format.Name))
        {
            throw new CustomFormatException("A custom format needs a name.");
        }
        if (format.Conditions.Count == 0)
        {
            throw new CustomFormatException($"The custom format '{format.Name}' has no conditions.");
        }
        var groups = format.Conditions
            .GroupBy(c => c.Kind)
            .Select(g => g.Select(c => new CompiledCondition(Test(format.Name, c), c.Negate, c.Required)).ToArray())
            .ToArray();
        return new CompiledFormat(format, groups);
    }

    private static Func<ReleaseFacts, bool> Test(string format, FormatCondition c)
    {
        string Where() => $"The condition '{c.Name}' of '{format}'";
        switch (c.Kind)
        {
            case ConditionKind.ReleaseTitle:
                var title = Regex(format, c);
                return r => IsMatch(title, r.Title);
            case ConditionKind.ReleaseGroup:
                var group = Regex(format, c);
                return r => r.Parsed.ReleaseGroup is { } g && IsMatch(group, g);
            case ConditionKind.Edition:
                var edition = Regex(format, c);
                return r => IsMatch(edition, r.Parsed.Edition);
            case ConditionKind.Language when string.Equals(c.Value, CustomFormatJson.LanguageAny, StringComparison.OrdinalIgnoreCase):
                return c.ExceptLanguage ? _ => false : r => r.Languages.Count > 0;
            case ConditionKind.Language:
                if (!Enum.TryParse<Language>(c.Value, ignoreCase: true, out var language) || !Enum.IsDefined(language))
                {
                    throw new CustomFormatException($"{Where()} names no language Hearth knows: '{c.Value}'.");
                }
                return c.ExceptLanguage
                    ? r => r.Languages.Any(l => l != language)
                    : r => r.Languages.Contains(language);
            case ConditionKind.Source:
                var sources = c.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var unknown = sources.Where(s => !SourceNames.All.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
                if (sources.Length == 0 || unknown.Count > 0)
                {
                    throw new CustomFormatException($"{Where()} names no source Hearth knows: '{c.Value}' (one of {string.Join(", ", SourceNames.All)}).");
                }
                var set = new HashSet<string>(sources, StringComparer.OrdinalIgnoreCase);
                return r => set.Contains(SourceNames.Of(r.Parsed.Quality.Quality));
            case ConditionKind.Resolution:
                if (!int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) || lines <= 0)
                {
                    throw new CustomFormatException($"{Where()} needs a resolution in lines (720, 1080, 2160), not '{c.Value}'.");
                }
                return r => r.Parsed.Quality.Resolution == lines;
            case ConditionKind.QualityModifier:
                if (!Enum.TryParse<QualityModifier>(c.Value, ignoreCase: true, out var modifier) || !Enum.IsDefined(modifier))
                {
                    throw new CustomFormatException($"{Where()} names no quality modifier Hearth knows: '{c.Value}' (one of {string.Join(", ", Enum.GetNames<QualityModifier>())}).");
                }
                return r => r.Parsed.Quality.Modifier == modifier;
            case ConditionKind.IndexerFlag:
                if (!Enum.TryParse<IndexerFlags>(c.Value, ignoreCase: true, out var flag) || flag == IndexerFlags.None || !Enum.IsDefined(flag))
                {
                    throw new CustomFormatException($"{Where()} names no indexer flag Hearth knows: '{c.Value}'.");
                }
                return r => (r.Flags & flag) != 0;
            case ConditionKind.ReleaseType:
                if (!Enum.TryParse<ReleaseType>(c.Value, ignoreCase: true, out var type) || !Enum.IsDefined(type))
                {
                    throw new CustomFormatException($"{Where()} names no release type: '{c.Value}' (SingleEpisode, MultiEpisode or SeasonPack).");
                }
                return r => r.Type == type;
            case ConditionKind.Size:
                var (minGb, maxGb) = Range(Where(), c, "size in GB");
                var min = (long)(minGb * 1024 * 1024 * 1024);
                var max = (long)(maxGb * 1024 * 1024 * 1024);
                return r => r.Release.Size is { } size && size > min && size <= max;
            case ConditionKind.Year:
                var (from, to) = Range(Where(), c, "year");
                return r => r.Parsed.Year is { } year && year >= from && year <= to;
            default:
                throw new CustomFormatException($"{Where()} is of a kind Hearth does not know.");
        }
    }

    private static (double Min, double Max) Range(string where, FormatCondition c, string what)
    {
        var min = c.Min ?? 0;
        var max = c.Max ?? double.MaxValue;
        if (min < 0 || max < min || double.IsNaN(min) || double.IsNaN(max))
        {
            throw new CustomFormatException($"{where} needs a {what} range with 0 ≤ min ≤ max, not {c.Min}–{c.Max}.");
        }
        return (min, max);
    }

    private static Regex Regex(string format, FormatCondition c)
    {
        if (string.IsNullOrEmpty(c.Value))
        {
            throw new CustomFormatException($"The condition '{c.Name}' of '{format}' has no regular expression.");
        }
        try
        {
            // compiled: a set is built once per change of the formats and matched against thousands of titles
            return new Regex(c.Value, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new CustomFormatException($"The regular expression of '{c.Name}' in '{format}' does not compile: {e.Message}", e);
        }
    }

    private static bool IsMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private sealed record CompiledCondition(Func<ReleaseFacts, bool> Test, bool Negate, bool Required)
    {
        public bool Holds(ReleaseFacts release) => Test(release) != Negate;
    }

    private sealed record CompiledFormat(CustomFormat Format, CompiledCondition[][] Groups)
    {
        public bool Matches(ReleaseFacts release)
        {
            foreach (var group in Groups)
            {
                var any = false;
                foreach (var condition in group)
                {
                    var holds = condition.Holds(release);
                    if (!holds && condition.Required)
                    {
                        return false;
                    }
                    any |= holds;
                }
                if (!any)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
