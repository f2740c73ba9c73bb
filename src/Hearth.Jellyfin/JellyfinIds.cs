using System.Diagnostics.CodeAnalysis;

namespace Hearth.Jellyfin;

/// <summary>
/// Ids as Jellyfin writes them: 32 lower-case hex digits. Hearth's own ids are GUIDs already, so an item, a library
/// (a view), a user and a playback session keep the same id in both APIs; ids are read in either GUID form, and
/// anything else is not an id (a path, a number) and finds nothing.
/// </summary>
public static class JellyfinIds
{
    public static string Format(Guid id) => id.ToString("N");

    public static string? Format(Guid? id) => id is { } value ? Format(value) : null;

    public static bool TryParse([NotNullWhen(true)] string? text, out Guid id)
    {
        id = Guid.Empty;
        return text is { Length: 32 or 36 } && (Guid.TryParseExact(text, "N", out id) || Guid.TryParseExact(text, "D", out id)) && id != Guid.Empty;
    }
}
