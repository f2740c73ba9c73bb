namespace Hearth.Jellyfin.Auth;

/// <summary>
/// What a Jellyfin app says about itself and its token in <c>Authorization: MediaBrowser Client="…", Device="…",
/// DeviceId="…", Version="…", Token="…"</c> (or the same in <c>X-Emby-Authorization</c>). Values may be
/// percent-encoded (the TypeScript SDK encodes them) and are decoded here.
/// </summary>
public sealed record ClientAuthorization(string? Client, string? Device, string? DeviceId, string? Version, string? Token)
{
    private const int MaxValueLength = 512;

    /// <summary>Where the request's client description is kept for the endpoints (device names of sessions).</summary>
    public const string Item = "jellyfin:client";

    /// <summary>The header's parameters, or null when it is not a MediaBrowser/Emby authorization.</summary>
    public static ClientAuthorization? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var text = header.AsSpan().Trim();
        var space = text.IndexOf(' ');
        var scheme = space < 0 ? text : text[..space];
        if (!scheme.Equals("MediaBrowser", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("Emby", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = space < 0 ? string.Empty : text[(space + 1)..].ToString();
        foreach (var (name, value) in Pairs(rest))
        {
            if (value.Length <= MaxValueLength)
            {
                values.TryAdd(name, Decode(value));
            }
        }

        return new ClientAuthorization(Get("Client"), Get("Device"), Get("DeviceId"), Get("Version"), Get("Token"));

        string? Get(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
    }

    /// <summary>
    /// <c>name="value"</c> pairs separated by commas; a quoted value may hold commas. Unquoted values are taken
    /// up to the next comma (old clients send <c>UserId=…</c> bare).
    /// </summary>
    private static IEnumerable<(string Name, string Value)> Pairs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }

            var eq = text.IndexOf('=', i);
            if (eq < 0)
            {
                yield break;
            }

            var name = text[i..eq].Trim();
            i = eq + 1;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0)
                {
                    yield break;
                }

                value = text[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var end = text.IndexOf(',', i);
                end = end < 0 ? text.Length : end;
                value = text[i..end].Trim();
                i = end;
            }

            if (name.Length > 0)
            {
                yield return (name, value);
            }
        }
    }

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
