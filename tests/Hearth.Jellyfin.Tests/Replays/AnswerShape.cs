using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hearth.Jellyfin.Tests.Replays;

/// <summary>
/// Checks an answer the way jellyfin-sdk-kotlin reads it (kotlin-sdk-1.8.12-models.json, written from its models):
/// required properties present and not null, every present property of its JSON kind, enum values the SDK knows,
/// ids and dates in forms it parses. Each problem names its JSON path.
/// </summary>
internal sealed partial class AnswerShape
{
    private readonly JsonElement models;
    private readonly JsonElement enums;

    public AnswerShape(JsonElement document)
    {
        models = document.GetProperty("models");
        enums = document.GetProperty("enums");
    }

    /// <summary>Checks <paramref name="answer"/> against a model name, or a list of one ("BaseItemDto[]").</summary>
    public List<string> Check(JsonElement answer, string model)
    {
        var problems = new List<string>();
        if (model.EndsWith("[]", StringComparison.Ordinal))
        {
            if (answer.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"$: expected an array of {model[..^2]}, got {answer.ValueKind}");
                return problems;
            }

            var i = 0;
            foreach (var element in answer.EnumerateArray())
            {
                CheckModel(element, model[..^2], $"$[{i++}]", problems);
            }
        }
        else
        {
            CheckModel(answer, model, "$", problems);
        }

        return problems;
    }

    private void CheckModel(JsonElement value, string model, string path, List<string> problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected a {model} object, got {value.ValueKind}");
            return;
        }

        if (!models.TryGetProperty(model, out var properties))
        {
            problems.Add($"{path}: no model {model} in the fixture");
            return;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var spec = property.Value;
            // the SDK matches property names exactly (kotlinx.serialization is case-sensitive)
            var present = value.TryGetProperty(property.Name, out var child);
            if (!present || child.ValueKind == JsonValueKind.Null)
            {
                if (spec.TryGetProperty("required", out _))
                {
                    problems.Add($"{path}.{property.Name}: required by the SDK, {(present ? "null" : "missing")}");
                }

                continue;
            }

            CheckValue(child, spec, $"{path}.{property.Name}", problems);
        }
    }

    private void CheckValue(JsonElement value, JsonElement spec, string path, List<string> problems)
    {
        var kind = spec.GetProperty("kind").GetString();
        switch (kind)
        {
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"{path}: expected a string, got {value.ValueKind} {Short(value)}");
                    return;
                }

                var text = value.GetString()!;
                if (spec.TryGetProperty("enum", out var enumName) && !Known(enumName.GetString()!, text))
                {
                    problems.Add($"{path}: \"{text}\" is not a {enumName.GetString()} the SDK knows");
                }

                if (spec.TryGetProperty("format", out var format))
                {
                    if (format.GetString() == "uuid" && !UuidForm().IsMatch(text))
                    {
                        problems.Add($"{path}: \"{text}\" is not a UUID");
                    }
                    else if (format.GetString() == "date-time" && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                    {
                        problems.Add($"{path}: \"{text}\" is not an ISO 8601 date");
                    }
                }

                break;
            case "integer":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
                {
                    problems.Add($"{path}: expected an integer, got {value.ValueKind} {Short(value)}");
                }

                break;
            case "number":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    problems.Add($"{path}: expected a number, got {value.ValueKind} {Short(value)}");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"{path}: expected true or false, got {value.ValueKind} {Short(value)}");
                }

                break;
            case "array":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{path}: expected an array, got {value.ValueKind} {Short(value)}");
                    return;
                }

                var i = 0;
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind != JsonValueKind.Null)
                    {
                        CheckValue(element, spec.GetProperty("items"), $"{path}[{i}]", problems);
                    }

                    i++;
                }

                break;
            case "object":
                if (spec.TryGetProperty("model", out var model))
                {
                    CheckModel(value, model.GetString()!, path, problems);
                    return;
                }

                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{path}: expected an object, got {value.ValueKind} {Short(value)}");
                    return;
                }

                foreach (var entry in value.EnumerateObject())
                {
                    if (spec.TryGetProperty("keys", out var keys) && !Known(keys.GetString()!, entry.Name))
                    {
                        problems.Add($"{path}: key \"{entry.Name}\" is not a {keys.GetString()} the SDK knows");
                    }

                    if (spec.TryGetProperty("values", out var values) && entry.Value.ValueKind != JsonValueKind.Null)
                    {
                        CheckValue(entry.Value, values, $"{path}.{entry.Name}", problems);
                    }
                }

                break;
            default:
                break;
        }
    }

    private bool Known(string enumName, string value) =>
        enums.TryGetProperty(enumName, out var values) && values.EnumerateArray().Any(v => v.GetString() == value);

    private static string Short(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 60 ? raw[..60] + "…" : raw;
    }

    [GeneratedRegex("^([0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")]
    private static partial Regex UuidForm();
}
