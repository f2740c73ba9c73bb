using System.Globalization;
using System.Text.Json;

namespace Hearth.Library.Probing;

/// <summary>
/// Lenient readers for ffprobe's JSON, which prints many numbers as strings ("bit_rate": "196600"),
/// leaves fields out when unknown, and uses "N/A" in places.
/// </summary>
internal static class JsonElementReading
{
    public static string? String(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) || text == "N/A" ? null : text.Trim();
    }

    public static long? Long(this JsonElement element, string name) =>
        long.TryParse(element.String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Int(this JsonElement element, string name) =>
        int.TryParse(element.String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static double? Double(this JsonElement element, string name) =>
        double.TryParse(element.String(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    public static JsonElement Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    /// <summary>A disposition flag; ffprobe prints them as 0/1 numbers.</summary>
    public static bool Flag(this JsonElement element, string name) => element.Child("disposition").Int(name) == 1;

    /// <summary>A stream tag; Matroska tags can be any case (<c>LANGUAGE</c>, <c>Title</c>).</summary>
    public static string? Tag(this JsonElement element, string name)
    {
        var tags = element.Child("tags");
        if (tags.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in tags.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return tags.String(property.Name);
            }
        }

        return null;
    }
}
