namespace Hearth.Jellyfin.Auth;

/// <summary>
/// What a Jellyfin app says about itself and its token in <c>Authorization: MediaBrowser Client="…", Device="…",
/// DeviceId="…", Version="…", Token="…"</c> (or the same in <c>X-Emby-Authorization</c>). Values may be
/// percent-encoded (the TypeScript SDK encodes them) and are decoded here.
/// </summary>
public sealed record ClientAuthorization(string? Client, string? Device, string? DeviceId, string? Version, string? Token)
{
    private const int MaxValueLength = 512;

    private static readonly string[] Names = ["Client", "Device", "DeviceId", "Version", "Token"];

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

        // Client, Device, DeviceId, Version, Token
        var values = new string?[Names.Length];
        var rest = space < 0 ? ReadOnlySpan<char>.Empty : text[(space + 1)..];
        var i = 0;
        while (NextPair(rest, ref i, out var name, out var value))
        {
            if (value.Length == 0 || value.Length > MaxValueLength)
            {
                continue;
            }

            for (var n = 0; n < Names.Length; n++)
            {
                if (name.Equals(Names[n], StringComparison.OrdinalIgnoreCase))
                {
                    // the first of a name counts
                    values[n] ??= Decode(value);
                    break;
                }
            }
        }

        return new ClientAuthorization(Empty(values[0]), Empty(values[1]), Empty(values[2]), Empty(values[3]), Empty(values[4]));
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>
    /// The next <c>name="value"</c> pair from <paramref name="i"/>; pairs are separated by commas and a quoted value
    /// may hold commas. Unquoted values are taken up to the next comma (old clients send <c>UserId=…</c> bare).
    /// </summary>
    private static bool NextPair(ReadOnlySpan<char> text, ref int i, out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        while (true)
        {
            name = value = default;
            while (i < text.Length && (text[i] == ',' || char.IsWhiteSpace(text[i])))
            {
                i++;
            }

            var eq = i < text.Length ? text[i..].IndexOf('=') : -1;
            if (eq < 0)
            {
                return false;
            }

            eq += i;
            name = text[i..eq].Trim();
            i = eq + 1;
            if (i < text.Length && text[i] == '"')
            {
                var close = text[(i + 1)..].IndexOf('"');
                if (close < 0)
                {
                    return false;
                }

                value = text.Slice(i + 1, close);
                i += close + 2;
            }
            else
            {
                var comma = text[i..].IndexOf(',');
                var end = comma < 0 ? text.Length : i + comma;
                value = text[i..end].Trim();
                i = end;
            }

            if (name.Length > 0)
            {
                return true;
            }
        }
    }

    private static string Decode(ReadOnlySpan<char> value)
    {
        if (!value.Contains('%'))
        {
            return value.ToString();
        }

        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value.ToString();
        }
    }
}
