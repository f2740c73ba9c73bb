namespace Hearth.Core.Http;

/// <summary>The media types players expect for the containers a library holds.</summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/x-m4v",
        [".mkv"] = "video/x-matroska",
        [".webm"] = "video/webm",
        [".mov"] = "video/quicktime",
        [".avi"] = "video/x-msvideo",
        [".ts"] = "video/mp2t",
        [".m2ts"] = "video/mp2t",
        [".mts"] = "video/mp2t",
        [".mpg"] = "video/mpeg",
        [".mpeg"] = "video/mpeg",
        [".vob"] = "video/mpeg",
        [".wmv"] = "video/x-ms-wmv",
        [".flv"] = "video/x-flv",
        [".ogv"] = "video/ogg",
        [".3gp"] = "video/3gpp",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".tbn"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".srt"] = "application/x-subrip",
        [".vtt"] = "text/vtt",
        [".ass"] = "text/x-ssa",
        [".ssa"] = "text/x-ssa",
    };

    public static string For(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
}
