using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hearth.Jellyfin.Tests.Replays;

/// <summary>
/// The small path language of the replay fixtures: <c>User.Id</c>, <c>Items[].Id</c> (every element),
/// <c>MediaSources[0].Id</c>, <c>[0].Id</c> or <c>[].Id</c> on an array answer, and the empty path for the answer itself.
/// </summary>
internal static partial class JsonPaths
{
    /// <summary>Every place the path reaches: its written path, and the value there (null when absent or JSON null).</summary>
    public static List<(string Path, JsonElement? Value)> Resolve(JsonElement root, string path)
    {
        var found = new List<(string, JsonElement?)> { ("$", root) };
        if (path.Length == 0)
        {
            return found;
        }

        foreach (Match segment in Segment().Matches(path))
        {
            var name = segment.Groups["name"].Value;
            var next = new List<(string, JsonElement?)>();
            foreach (var (at, value) in found)
            {
                var here = value;
                var written = at;
                if (name.Length > 0)
                {
                    written = $"{at}.{name}";
                    here = here is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null ? child : null;
                }

                if (!segment.Groups["index"].Success)
                {
                    next.Add((written, here));
                    continue;
                }

                if (here is not { ValueKind: JsonValueKind.Array } array)
                {
                    next.Add(($"{written}[]", null));
                    continue;
                }

                var index = segment.Groups["number"].Value;
                if (index.Length > 0)
                {
                    var i = int.Parse(index, System.Globalization.CultureInfo.InvariantCulture);
                    next.Add(($"{written}[{i}]", i < array.GetArrayLength() ? array[i] : null));
                }
                else
                {
                    var i = 0;
                    foreach (var element in array.EnumerateArray())
                    {
                        next.Add(($"{written}[{i++}]", element.ValueKind == JsonValueKind.Null ? null : element));
                    }
                }
            }

            found = next;
        }

        return found;
    }

    /// <summary>The one value a path names (the first, for a path with <c>[]</c>), or null.</summary>
    public static JsonElement? Single(JsonElement root, string path) => Resolve(root, path).Select(r => r.Value).FirstOrDefault();

    [GeneratedRegex(@"(?<name>[A-Za-z0-9_]*)(?<index>\[(?<number>\d*)\])?(\.|$)")]
    private static partial Regex Segment();
}
