using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hearth.Releases.Languages;
using Hearth.Releases.Quality;

namespace Hearth.Acquisition.CustomFormats;

/// <summary>A format read from *arr JSON, with the score its author suggests (TRaSH's <c>trash_scores.default</c>).</summary>
public sealed record ImportedFormat(CustomFormat Format, int? SuggestedScore);

/// <summary>
/// Reads and writes custom formats in the JSON people copy between Radarr, Sonarr and the TRaSH guides. Both
/// shapes are read: the export (and TRaSH) shape, where a condition's <c>fields</c> is an object
/// (<c>{"value": …}</c>), and the API shape, where it is an array of <c>{"name", "value"}</c>. One format or an
/// array of them. Export writes the first shape. Numbers are the given app's (<see cref="ArrNumbers"/>).
/// </summary>
public static class CustomFormatJson
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads one format or an array; every format is checked as <see cref="FormatSet.Validate"/> does.</summary>
    /// <exception cref="CustomFormatException">The JSON is not a custom format, or a condition cannot be used; the message says which and why.</exception>
    public static IReadOnlyList<ImportedFormat> Import(string json, ArrApp app)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Lenient);
        }
        catch (JsonException e)
        {
            throw new CustomFormatException($"This is not JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            var formats = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().Select(f => ReadFormat(f, app)).ToList(),
                JsonValueKind.Object => [ReadFormat(root, app)],
                _ => throw new CustomFormatException("A custom format is a JSON object with a name and specifications, or an array of them."),
            };
            foreach (var format in formats)
            {
                FormatSet.Validate(format.Format);
            }
            return formats;
        }
    }

    private static ImportedFormat ReadFormat(JsonElement e, ArrApp app)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new CustomFormatException("Each custom format must be a JSON object.");
        }
        var name = String(e, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CustomFormatException("A custom format has no \"name\".");
        }
        if (!e.TryGetProperty("specifications", out var specs) || specs.ValueKind != JsonValueKind.Array)
        {
            throw new CustomFormatException($"The custom format '{name}' has no \"specifications\" array.");
        }
        var conditions = specs.EnumerateArray().Select(s => ReadCondition(name, s, app)).ToList();
        int? suggested = e.TryGetProperty("trash_scores", out var scores) && scores.ValueKind == JsonValueKind.Object
            && scores.TryGetProperty("default", out var d) && d.TryGetInt32(out var score) ? score : null;
        var rename = e.TryGetProperty("includeCustomFormatWhenRenaming", out var r) && r.ValueKind == JsonValueKind.True;
        return new ImportedFormat(new CustomFormat { Name = name.Trim(), IncludeWhenRenaming = rename, Conditions = conditions }, suggested);
    }

    private static FormatCondition ReadCondition(string format, JsonElement s, ArrApp app)
    {
        if (s.ValueKind != JsonValueKind.Object)
        {
            throw new CustomFormatException($"A specification of '{format}' is not a JSON object.");
        }
        var name = String(s, "name") ?? string.Empty;
        var implementation = String(s, "implementation") ?? string.Empty;
        var fields = Fields(s);
        string Where() => $"The specification '{name}' of '{format}'";
        var condition = new FormatCondition
        {
            Name = name,
            Kind = ConditionKind.ReleaseTitle,
            Negate = s.TryGetProperty("negate", out var n) && n.ValueKind == JsonValueKind.True,
            Required = s.TryGetProperty("required", out var q) && q.ValueKind == JsonValueKind.True,
        };
        int Number()
        {
            if (!fields.TryGetValue("value", out var v))
            {
                throw new CustomFormatException($"{Where()} has no value.");
            }
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i))
            {
                return i;
            }
            if (v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out i))
            {
                return i;
            }
            throw new CustomFormatException($"{Where()} needs a number as its value, not {v.GetRawText()}.");
        }
        string Text() => fields.TryGetValue("value", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new CustomFormatException($"{Where()} needs a regular expression as its value.");
        T Mapped<T>(IReadOnlyDictionary<int, T> table, string what)
        {
            var number = Number();
            return table.TryGetValue(number, out var mapped)
                ? mapped
                : throw new CustomFormatException($"{Where()}: {number} is no {app} {what}.");
        }
        double? Double(string field) => fields.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

        return implementation switch
        {
            "ReleaseTitleSpecification" => condition with { Kind = ConditionKind.ReleaseTitle, Value = Text() },
            "ReleaseGroupSpecification" => condition with { Kind = ConditionKind.ReleaseGroup, Value = Text() },
            "EditionSpecification" => condition with { Kind = ConditionKind.Edition, Value = Text() },
            "LanguageSpecification" => condition with
            {
                Kind = ConditionKind.Language,
                Value = Number() switch
                {
                    -1 when app == ArrApp.Radarr => LanguageAny,
                    var id => ArrNumbers.LanguageOf(app, id)?.ToString() ?? throw new CustomFormatException($"{Where()}: {id} is no {app} language."),
                },
                ExceptLanguage = fields.TryGetValue("exceptLanguage", out var x) && x.ValueKind == JsonValueKind.True,
            },
            "SourceSpecification" => condition with { Kind = ConditionKind.Source, Value = Mapped(ArrNumbers.Sources(app), "source") },
            "ResolutionSpecification" => condition with { Kind = ConditionKind.Resolution, Value = Number().ToString(CultureInfo.InvariantCulture) },
            "QualityModifierSpecification" when app == ArrApp.Radarr =>
                condition with { Kind = ConditionKind.QualityModifier, Value = Mapped(ArrNumbers.RadarrModifiers, "quality modifier").ToString() },
            "IndexerFlagSpecification" => condition with { Kind = ConditionKind.IndexerFlag, Value = Mapped(ArrNumbers.Flags(app), "indexer flag").ToString() },
            "ReleaseTypeSpecification" when app == ArrApp.Sonarr =>
                condition with { Kind = ConditionKind.ReleaseType, Value = Mapped(ArrNumbers.SonarrReleaseTypes, "release type").ToString() },
            "SizeSpecification" => condition with { Kind = ConditionKind.Size, Min = Double("min"), Max = Double("max") },
            "YearSpecification" => condition with { Kind = ConditionKind.Year, Min = Double("min"), Max = Double("max") },
            "QualityModifierSpecification" or "ReleaseTypeSpecification" =>
                throw new CustomFormatException($"{Where()} is a {implementation}, which {app} does not have: import it as {(app == ArrApp.Radarr ? "sonarr" : "radarr")}."),
            "" => throw new CustomFormatException($"{Where()} has no \"implementation\"."),
            _ => throw new CustomFormatException($"{Where()} is a {implementation}, a kind of condition Hearth does not know."),
        };
    }

    /// <summary>Radarr's language "Any" (-1): any language at all.</summary>
    public const string LanguageAny = "Any";

    /// <summary>The fields of a specification, by name, from either shape.</summary>
    private static Dictionary<string, JsonElement> Fields(JsonElement spec)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (!spec.TryGetProperty("fields", out var f))
        {
            return fields;
        }
        if (f.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in f.EnumerateObject())
            {
                fields[p.Name] = p.Value.Clone();
            }
        }
        else if (f.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in f.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && String(item, "name") is { } name && item.TryGetProperty("value", out var value))
                {
                    fields[name] = value.Clone();
                }
            }
        }
        return fields;
    }

    private static string? String(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The format in the *arr export shape, with the given app's numbers.</summary>
    public static JsonObject Export(CustomFormat format, ArrApp app)
    {
        var specs = new JsonArray();
        foreach (var c in format.Conditions)
        {
            specs.Add(new JsonObject
            {
                ["name"] = c.Name,
                ["implementation"] = Implementation(c.Kind),
                ["negate"] = c.Negate,
                ["required"] = c.Required,
                ["fields"] = ExportFields(c, app),
            });
        }
        return new JsonObject
        {
            ["name"] = format.Name,
            ["includeCustomFormatWhenRenaming"] = format.IncludeWhenRenaming,
            ["specifications"] = specs,
        };
    }

    private static string Implementation(ConditionKind kind) => kind switch
    {
        ConditionKind.ReleaseTitle => "ReleaseTitleSpecification",
        ConditionKind.Language => "LanguageSpecification",
        ConditionKind.Source => "SourceSpecification",
        ConditionKind.Resolution => "ResolutionSpecification",
        ConditionKind.QualityModifier => "QualityModifierSpecification",
        ConditionKind.Size => "SizeSpecification",
        ConditionKind.ReleaseGroup => "ReleaseGroupSpecification",
        ConditionKind.Edition => "EditionSpecification",
        ConditionKind.IndexerFlag => "IndexerFlagSpecification",
        ConditionKind.ReleaseType => "ReleaseTypeSpecification",
        ConditionKind.Year => "YearSpecification",
        _ => kind.ToString(),
    };

    private static JsonObject ExportFields(FormatCondition c, ArrApp app)
    {
        switch (c.Kind)
        {
            case ConditionKind.Size or ConditionKind.Year:
                return new JsonObject { ["min"] = c.Min ?? 0, ["max"] = c.Max ?? 0 };
            case ConditionKind.Language:
                var language = string.Equals(c.Value, LanguageAny, StringComparison.OrdinalIgnoreCase)
                    ? -1
                    : Enum.TryParse<Language>(c.Value, true, out var l) ? ArrNumbers.IdOf(app, l) ?? 0 : 0;
                return new JsonObject { ["value"] = language, ["exceptLanguage"] = c.ExceptLanguage };
            case ConditionKind.Source:
                // the app's number whose names hold the condition's first name: exact for a format imported from the same app
                var first = c.Value.Split(',', StringSplitOptions.TrimEntries)[0];
                var source = ArrNumbers.Sources(app).FirstOrDefault(s => s.Value.Split(',').Contains(first, StringComparer.OrdinalIgnoreCase)).Key;
                return new JsonObject { ["value"] = source };
            case ConditionKind.QualityModifier:
                var modifier = Enum.TryParse<QualityModifier>(c.Value, true, out var m)
                    ? ArrNumbers.RadarrModifiers.FirstOrDefault(p => p.Value == m).Key
                    : 0;
                return new JsonObject { ["value"] = modifier };
            case ConditionKind.IndexerFlag:
                var flag = Enum.TryParse<IndexerFlags>(c.Value, true, out var f)
                    ? ArrNumbers.Flags(app).FirstOrDefault(p => p.Value == f).Key
                    : 0;
                return new JsonObject { ["value"] = flag };
            case ConditionKind.ReleaseType:
                var type = Enum.TryParse<ReleaseType>(c.Value, true, out var t)
                    ? ArrNumbers.SonarrReleaseTypes.FirstOrDefault(p => p.Value == t).Key
                    : 0;
                return new JsonObject { ["value"] = type };
            case ConditionKind.Resolution:
                return new JsonObject { ["value"] = int.TryParse(c.Value, CultureInfo.InvariantCulture, out var lines) ? lines : 0 };
            default:
                return new JsonObject { ["value"] = c.Value };
        }
    }
}
