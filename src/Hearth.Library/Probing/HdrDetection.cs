using System.Text.Json;

namespace Hearth.Library.Probing;

/// <summary>
/// Decides a video stream's HDR format from ffprobe's colour fields and side data. Dolby Vision wins
/// because a profile 8 file also signals HDR10 or HLG for players without it; HDR10+ is HDR10 plus
/// dynamic metadata, so it wins over plain HDR10.
/// </summary>
internal static class HdrDetection
{
    public static (HdrKind Kind, int? DolbyVisionProfile) Detect(JsonElement stream)
    {
        var transfer = stream.String("color_transfer");
        var tag = stream.String("codec_tag_string");
        int? dvProfile = null;
        var dolbyVision = tag is "dvh1" or "dvhe" or "dva1" or "dvav";
        var hdr10Plus = false;
        if (stream.TryGetProperty("side_data_list", out var sideData) && sideData.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in sideData.EnumerateArray())
            {
                var type = item.String("side_data_type") ?? string.Empty;
                if (type.Contains("DOVI", StringComparison.OrdinalIgnoreCase) || type.Contains("Dolby Vision", StringComparison.OrdinalIgnoreCase))
                {
                    dolbyVision = true;
                    dvProfile ??= item.Int("dv_profile");
                }
                else if (type.Contains("2094-40", StringComparison.Ordinal) || type.Contains("HDR10+", StringComparison.OrdinalIgnoreCase))
                {
                    hdr10Plus = true;
                }
            }
        }

        if (dolbyVision)
        {
            return (HdrKind.DolbyVision, dvProfile);
        }

        if (hdr10Plus)
        {
            return (HdrKind.Hdr10Plus, null);
        }

        return transfer switch
        {
            "smpte2084" => (HdrKind.Hdr10, null),
            "arib-std-b67" => (HdrKind.Hlg, null),
            _ => (HdrKind.None, null),
        };
    }
}
