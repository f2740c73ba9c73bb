namespace Hearth.Library.Probing;

/// <summary>
/// Turns ffprobe's <c>format_name</c>, which names a demuxer family (<c>mov,mp4,m4a,3gp,3g2,mj2</c>), into
/// the one container name clients and device profiles use (<c>mp4</c>, <c>mkv</c>, <c>ts</c>).
/// </summary>
public static class ContainerNames
{
    public static string FromFormatName(string? formatName, string path)
    {
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        var names = (formatName ?? string.Empty).ToLowerInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return extension.Length > 0 ? extension : "unknown";
        }

        // one demuxer reads several containers; the file's extension says which one this file is
        if (names.Contains("matroska"))
        {
            return extension == "webm" ? "webm" : "mkv";
        }

        if (names.Contains("mov"))
        {
            return extension is "mov" or "m4v" or "m4a" or "3gp" or "3g2" ? extension : "mp4";
        }

        return names[0] switch
        {
            "mpegts" => extension == "m2ts" || extension == "mts" ? "m2ts" : "ts",
            "mpeg" or "mpegvideo" => "mpeg",
            "asf" => extension is "wmv" or "wma" ? extension : "asf",
            "ogg" => extension is "ogv" or "oga" or "opus" ? extension : "ogg",
            "vob" => "vob",
            var other => other,
        };
    }
}
