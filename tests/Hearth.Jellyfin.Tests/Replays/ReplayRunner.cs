using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Hearth.Jellyfin.Tests.Replays;

/// <summary>What one replayed request got: its status, and every way the answer would fail the app.</summary>
internal sealed record StepResult(string Fixture, string Name, string Method, string Url, int Status, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"[{Fixture}] {Name}: {Method} {Url} → {Status}{(Problems.Count == 0 ? " ok" : string.Concat(Problems.Select(p => "\n    ✗ " + p)))}";
}

/// <summary>
/// Replays a fixture's request sequence (Replays/*.json, written from a client's source) against a running server:
/// the requests as the app sends them, ids carried from earlier answers, each answer checked against what the
/// app dereferences and what its SDK requires. A fixture's <c>after</c> runs first, in the same context.
/// </summary>
internal sealed partial class ReplayRunner(string baseUrl, IDictionary<string, string?> context)
{
    public static string Folder { get; } = FindFolder();

    public IDictionary<string, string?> Context { get; } = context;

    public List<StepResult> Results { get; } = [];

    public static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement.Clone();

    public async Task RunAsync(string file)
    {
        var fixture = Load(file);
        if (fixture.TryGetProperty("after", out var after))
        {
            await RunAsync(after.GetString()!);
        }

        var shape = new AnswerShape(Load(fixture.GetProperty("models").GetString()!));
        var client = fixture.GetProperty("authorization");
        foreach (var step in fixture.GetProperty("steps").EnumerateArray())
        {
            try
            {
                Results.Add(await RunStepAsync(file, step, client, shape));
            }
            catch (KeyNotFoundException e)
            {
                // an earlier step's answer lacked what this one is built from
                Results.Add(new StepResult(file, step.GetProperty("name").GetString()!, step.GetProperty("method").GetString()!, step.GetProperty("path").GetString()!, 0, [$"not sent: {e.Message}"]));
            }
        }
    }

    private async Task<StepResult> RunStepAsync(string file, JsonElement step, JsonElement client, AnswerShape shape)
    {
        var name = step.GetProperty("name").GetString()!;
        var method = step.GetProperty("method").GetString()!;
        var url = Fill(step.GetProperty("path").GetString()!) + Query(step.GetProperty("query"));
        using var request = new HttpRequestMessage(new HttpMethod(method), baseUrl + url);
        var auth = step.GetProperty("auth").GetString();
        if (auth is "header" or "token")
        {
            request.Headers.TryAddWithoutValidation("Authorization", Header(client, auth == "token" ? Context["token"] : null));
        }

        if (step.TryGetProperty("body", out var body))
        {
            request.Content = new StringContent(FillBody(JsonNode.Parse(body.GetRawText())!).ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var status = (int)response.StatusCode;
        var problems = new List<string>();
        var allowed = step.GetProperty("status").EnumerateArray().Select(s => s.GetInt32()).ToList();
        var answer = step.GetProperty("answer").GetString()!;
        if (!allowed.Contains(status))
        {
            var text = await response.Content.ReadAsStringAsync();
            problems.Add($"status {status}, the app needs {string.Join(" or ", allowed)}: {(text.Length > 300 ? text[..300] : text)}");
            return new StepResult(file, name, method, url, status, problems);
        }

        if (answer == "bytes")
        {
            var buffer = new byte[65536];
            await using var stream = await response.Content.ReadAsStreamAsync();
            var read = await stream.ReadAtLeastAsync(buffer, 1024, throwOnEndOfStream: false);
            if (read == 0)
            {
                problems.Add("the stream answered no bytes");
            }

            return new StepResult(file, name, method, url, status, problems);
        }

        if (answer is "none" or "any")
        {
            return new StepResult(file, name, method, url, status, problems);
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
        catch (JsonException e)
        {
            problems.Add($"the answer is not JSON: {e.Message}");
            return new StepResult(file, name, method, url, status, problems);
        }

        problems.AddRange(shape.Check(json, answer));
        problems.AddRange(Requires(step, json));
        Capture(step, json, problems);
        return new StepResult(file, name, method, url, status, problems);
    }

    private static IEnumerable<string> Requires(JsonElement step, JsonElement json)
    {
        if (step.TryGetProperty("requires", out var requires))
        {
            foreach (var path in requires.EnumerateArray().Select(p => p.GetString()!))
            {
                foreach (var (at, value) in JsonPaths.Resolve(json, path).Where(r => r.Value is null))
                {
                    yield return $"{at}: the app reads it, it is missing";
                }
            }
        }

        if (step.TryGetProperty("nonEmpty", out var nonEmpty))
        {
            foreach (var path in nonEmpty.EnumerateArray().Select(p => p.GetString()!))
            {
                if (JsonPaths.Single(json, path) is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0)
                {
                    yield return $"{(path.Length == 0 ? "$" : path)}: the sequence needs at least one element here";
                }
            }
        }

        if (step.TryGetProperty("expect", out var expect))
        {
            foreach (var property in expect.EnumerateObject())
            {
                var value = JsonPaths.Single(json, property.Name);
                if (value is null || value.Value.GetRawText() != property.Value.GetRawText())
                {
                    yield return $"{property.Name}: expected {property.Value.GetRawText()}, got {value?.GetRawText() ?? "nothing"}";
                }
            }
        }
    }

    private void Capture(JsonElement step, JsonElement json, List<string> problems)
    {
        if (!step.TryGetProperty("capture", out var capture))
        {
            return;
        }

        foreach (var property in capture.EnumerateObject())
        {
            var path = property.Value.GetString()!;
            var optional = path.EndsWith('?');
            var value = JsonPaths.Single(json, optional ? path[..^1] : path);
            if (value is null && !optional)
            {
                problems.Add($"{path}: later steps need it as {{{property.Name}}}, it is missing");
            }

            if (value is null && !optional)
            {
                continue;
            }

            Context[property.Name] = value is { } v ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
        }
    }

    private static string Header(JsonElement client, string? token)
    {
        var parts = new[] { "Client", "Version", "DeviceId", "Device" }
            .Select(key => $"{key}=\"{Uri.EscapeDataString(client.GetProperty(key).GetString()!)}\"")
            .ToList();
        if (token is not null)
        {
            parts.Add($"Token=\"{token}\"");
        }

        return "MediaBrowser " + string.Join(", ", parts);
    }

    /// <summary>The query as the SDK writes it: repeated keys, and a parameter whose value is null left out.</summary>
    private string Query(JsonElement pairs)
    {
        var parts = new List<string>();
        foreach (var pair in pairs.EnumerateArray())
        {
            var value = FillOrNull(pair[1].GetString()!);
            if (value is not null)
            {
                parts.Add($"{Uri.EscapeDataString(pair[0].GetString()!)}={Uri.EscapeDataString(value)}");
            }
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private string Fill(string text) => FillOrNull(text) ?? throw new InvalidOperationException($"no value for a placeholder in {text}");

    private string? FillOrNull(string text)
    {
        // a placeholder no step captured stops the step; one captured as absent (an optional capture) leaves the value out
        var absent = false;
        var filled = Placeholder().Replace(text, m =>
        {
            if (!Context.TryGetValue(m.Groups[1].Value, out var value))
            {
                throw new KeyNotFoundException($"{{{m.Groups[1].Value}}} was not captured by an earlier step");
            }

            absent |= value is null;
            return value ?? string.Empty;
        });
        return absent ? null : filled;
    }

    private JsonNode FillBody(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    if (child is not null)
                    {
                        o[key] = FillBody(child.DeepClone());
                    }
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } child)
                    {
                        a[i] = FillBody(child.DeepClone());
                    }
                }

                return a;
            case JsonValue v when v.TryGetValue<string>(out var text) && text.StartsWith('@'):
                // "@file.json#Property": a part of another fixture file (the device profile)
                var (file, property) = (text[1..].Split('#')[0], text.Split('#')[1]);
                return JsonNode.Parse(Load(file).GetProperty(property).GetRawText())!;
            case JsonValue v when v.TryGetValue<string>(out var text):
                return JsonValue.Create(Fill(text));
            default:
                return node;
        }
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Hearth.Jellyfin.Tests", "Replays");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Hearth.Jellyfin.Tests/Replays not found above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
