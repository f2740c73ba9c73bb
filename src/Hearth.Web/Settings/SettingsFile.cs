using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hearth.Core.Paths;
using Hearth.Core.Settings;
using Hearth.Library;
using Hearth.Streaming;
using Hearth.Streaming.Ffmpeg;

namespace Hearth.Web.Settings;

/// <summary>One setting the admin Settings page edits.</summary>
/// <param name="Key">Its name, Section:Key, as in settings.json and HEARTH_Section__Key.</param>
/// <param name="Value">Its value as configured now (the default when nothing sets it; for a restart setting, what the next start uses); null for "none".</param>
/// <param name="Kind">"integer", "boolean", "choice", "duration" (hh:mm:ss), "bitrate" (bits per second, empty for none), "text" or "secret" (written, never read back; empty clears it).</param>
/// <param name="Choices">The values a "choice" takes.</param>
/// <param name="Restart">True when a change applies only after a restart; false when the next playback uses it.</param>
/// <param name="Environment">The environment variable that sets it, when one does: it wins, and the page cannot change it.</param>
/// <param name="IsSet">For a "secret" (an API key): whether one is set. Its value is never sent back, so Value stays null.</param>
public sealed record Setting(string Key, string? Value, string Kind, IReadOnlyList<string>? Choices, bool Restart, string? Environment, string Description, bool IsSet = false);

/// <param name="File">Where changes are saved.</param>
public sealed record SettingsList(IReadOnlyList<Setting> Settings, string File);

/// <param name="Values">Setting names (Section:Key) and their new values; null or empty for "none" where a setting allows it.</param>
public sealed record SettingsChange(IReadOnlyDictionary<string, string?> Values);

/// <summary>
/// The common settings, read from the configuration the server runs with and saved to &lt;data&gt;/settings.json:
/// checked with the rules the server checks at start, written whole or not at all (a temp file renamed over the
/// old one), with every key it does not edit kept as it was, and then reloaded, so what applies at once does.
/// </summary>
public sealed class SettingsFile(DataFolder data, IConfiguration configuration)
{
    private static readonly Entry[] Entries =
    [
        new(StreamingOptions.Section, nameof(StreamingOptions.MaxConcurrentTranscodes), "integer", false, "HLS sessions (remux or transcode) at once, 1 to 64; one more is refused with the reason"),
        new(StreamingOptions.Section, nameof(StreamingOptions.HardwareAcceleration), "choice", false, "The video encoder; a hardware encoder that fails to start falls back to software", Enum.GetNames<HardwareAcceleration>()),
        new(StreamingOptions.Section, nameof(StreamingOptions.LocalMaxBitrate), "bitrate", false, "Bits per second for clients on the LAN or tailnet; empty for no limit"),
        new(StreamingOptions.Section, nameof(StreamingOptions.RemoteMaxBitrate), "bitrate", false, "Bits per second for clients from anywhere else; empty for no limit"),
        new(LibraryOptions.Section, nameof(LibraryOptions.RescanInterval), "duration", true, "How often every library is rescanned (hh:mm:ss), for network mounts where watching does not fire; 00:00:00 turns it off"),
        new(LibraryOptions.Section, nameof(LibraryOptions.Watch), "boolean", true, "Watch the library folders, so a new file shows up by itself"),
        new(MetadataSection, "Tmdb:ApiKey", "secret", true, "The TMDB API key (a v3 key or a v4 read access token from themoviedb.org, free); without one films get no online metadata and shows use TVmaze"),
        new(MetadataSection, "Language", "text", false, "The language asked of the providers for titles, overviews and pictures (a tag such as en-US, de-DE or fr)", Default: "en-US"),
        new(MetadataSection, "Country", "text", false, "The country whose certification (age rating) is shown (two letters such as US, GB or DE)", Default: "US"),
    ];

    private const string MetadataSection = "Metadata";

    private readonly SemaphoreSlim writing = new(1, 1);

    public SettingsList List()
    {
        var streaming = Bound<StreamingOptions>(configuration, StreamingOptions.Section);
        var library = Bound<LibraryOptions>(configuration, LibraryOptions.Section);
        return new SettingsList(
            [.. Entries.Select(e => e.Section == MetadataSection
                ? Plain(e)
                : new Setting(
                    e.Key,
                    Show(Read(e.Section == StreamingOptions.Section ? streaming : library, e.Name)),
                    e.Kind,
                    e.Choices,
                    e.Restart,
                    FromEnvironment(e),
                    e.Description))],
            data.Settings);
    }

    // a setting read straight from the configuration (no options class here binds it); a secret's value never leaves
    private Setting Plain(Entry e)
    {
        var value = configuration[e.Key] is { Length: > 0 } v ? v.Trim() : null;
        return e.Kind == "secret"
            ? new Setting(e.Key, null, e.Kind, null, e.Restart, FromEnvironment(e), e.Description, IsSet: value is not null)
            : new Setting(e.Key, value ?? e.Default, e.Kind, e.Choices, e.Restart, FromEnvironment(e), e.Description);
    }

    private static string? PlainProblem(string key, string value) => key switch
    {
        "Metadata:Language" when !Regex.IsMatch(value, "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$") => "Metadata:Language must be a language tag such as en-US or de",
        "Metadata:Country" when !Regex.IsMatch(value, "^[A-Z]{2}$") => "Metadata:Country must be a two-letter country code such as US or DE",
        "Metadata:Tmdb:ApiKey" when value.Any(char.IsWhiteSpace) => "Metadata:Tmdb:ApiKey cannot hold spaces",
        _ => null,
    };

    /// <summary>Saves <paramref name="change"/>; answers the problems, each under its setting's name, when it cannot (then nothing is saved).</summary>
    public async Task<Dictionary<string, string[]>> SaveAsync(SettingsChange change, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in change.Values.Keys)
        {
            if (Array.Find(Entries, e => e.Key.Equals(key, StringComparison.Ordinal)) is not { } entry)
            {
                problems[key] = [$"{key} is not a setting this page edits (the README lists the others, for settings.json)"];
            }
            else if (FromEnvironment(entry) is { } variable)
            {
                problems[key] = [$"{key} is set by the environment variable {variable}, which wins over settings.json: change it there"];
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        // checked as the server checks it at start: the running configuration with the change on top
        var values = change.Values.ToDictionary(v => v.Key, v => v.Value?.Trim() ?? string.Empty, StringComparer.Ordinal);
        var tried = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(values!).Build();
        foreach (var (key, value) in values)
        {
            if (value.Length > 0 && PlainProblem(key, value) is { } plain)
            {
                problems[key] = [plain];
            }
        }

        foreach (var problem in SettingsBinding.Problems<StreamingOptions>(tried, StreamingOptions.Section, out _)
            .Concat(SettingsBinding.Problems<LibraryOptions>(tried, LibraryOptions.Section, out _)))
        {
            var key = values.Keys.FirstOrDefault(k => problem.Contains(k, StringComparison.Ordinal)) ?? string.Empty;
            problems[key] = [.. problems.GetValueOrDefault(key, []), problem];
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        await writing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await WriteAsync(values, ct).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }

        // the options monitors see the new values at once; what is read once at start waits for a restart
        (configuration as IConfigurationRoot)?.Reload();
        return problems;
    }

    private async Task WriteAsync(Dictionary<string, string> values, CancellationToken ct)
    {
        var root = File.Exists(data.Settings)
            ? JsonNode.Parse(await File.ReadAllTextAsync(data.Settings, ct).ConfigureAwait(false), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new InvalidDataException($"{data.Settings} does not hold a JSON object; fix or remove it first")
            : [];
        foreach (var (key, value) in values)
        {
            var entry = Array.Find(Entries, e => e.Key == key)!;
            // a nested name (Tmdb:ApiKey) is a nested object, as the configuration reads it
            var path = $"{entry.Section}:{entry.Name}".Split(':');
            var section = root;
            foreach (var part in path[..^1])
            {
                if (section[part] is not JsonObject inner)
                {
                    inner = [];
                    section[part] = inner;
                }

                section = inner;
            }

            section[path[^1]] = Node(entry.Kind, value);
        }

        var text = root.ToJsonString(Indented) + "\n";
        await AtomicOutput.WriteAsync(data.Settings, async temp =>
        {
            await File.WriteAllTextAsync(temp, text, ct).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }).ConfigureAwait(false);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // "none" is kept as an empty string: a JSON null would read as "not set", and the default would come back
    private static JsonNode Node(string kind, string value) => value.Length == 0
        ? JsonValue.Create(string.Empty)
        : kind switch
        {
            "integer" or "bitrate" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            "boolean" when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(value),
        };

    private static string? FromEnvironment(Entry entry)
    {
        var name = $"{HearthDefaults.EnvironmentPrefix}{entry.Section}__{entry.Name.Replace(":", "__", StringComparison.Ordinal)}";
        return Environment.GetEnvironmentVariable(name) is not null ? name : null;
    }

    private static T Bound<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        SettingsBinding.Problems<T>(configuration, section, out var bound);
        return bound ?? new T();
    }

    private static object? Read(object options, string name) => options.GetType().GetProperty(name)?.GetValue(options);

    private static string? Show(object? value) => value switch
    {
        null => null,
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private sealed record Entry(string Section, string Name, string Kind, bool Restart, string Description, IReadOnlyList<string>? Choices = null, string? Default = null)
    {
        public string Key => $"{Section}:{Name}";
    }
}
