using System.Globalization;
using System.Text.Json;

namespace Hearth.Library.Probing;

/// <summary>Reads where a file's packets end, and says how much of the declared length it holds.</summary>
internal static class Truncation
{
    /// <summary>The end of the latest packet in ffprobe's "pts_time,duration_time" lines; null when there is none.</summary>
    public static double? LastPacketEnd(string csv)
    {
        double? end = null;
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(',');
            if (!double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var pts))
            {
                continue;
            }

            var duration = fields.Length > 1 && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0;
            end = Math.Max(end ?? 0, pts + duration);
        }

        return end;
    }

    /// <summary>The end of the latest packet in ffprobe's JSON ("packets": pts_time, duration_time); null when it has none.</summary>
    public static double? LastPacketEndInJson(string json)
    {
        double? end = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("packets", out var packets) || packets.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var packet in packets.EnumerateArray())
            {
                if (Seconds(packet, "pts_time") is { } pts)
                {
                    end = Math.Max(end ?? 0, pts + (Seconds(packet, "duration_time") ?? 0));
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return end;
    }

    private static double? Seconds(JsonElement packet, string name) =>
        packet.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : null;

    /// <summary>"the file ends after 12 of 40 minutes", in minutes from two minutes up, else in seconds.</summary>
    public static string Describe(double holds, double declared)
    {
        var minutes = declared >= 120;
        var unit = minutes ? 60.0 : 1.0;
        var held = Math.Floor(Math.Max(0, holds) / unit);
        var total = Math.Round(declared / unit);
        return string.Create(CultureInfo.InvariantCulture, $"the file ends after {held} of {total} {(minutes ? "minutes" : "seconds")}");
    }
}
