using System.Globalization;

namespace Hearth.Bench;

/// <summary>`--name value` pairs; a bench tool needs no more than that.</summary>
public sealed class Args
{
    private readonly Dictionary<string, string> values;

    private Args(Dictionary<string, string> values) => this.values = values;

    public static Args Parse(ReadOnlySpan<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            }

            values[args[i][2..]] = args[++i];
        }

        return new Args(values);
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public string? Optional(string name) => values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public string FullPath(string name) => Path.GetFullPath(Required(name));
}
