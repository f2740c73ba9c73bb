namespace Hearth.Releases.Quality;

/// <summary>Media file extensions, and the quality a container alone suggests when the name says nothing.</summary>
internal static class Extensions
{
    private static readonly string[] Media =
    [
        ".mkv", ".mp4", ".avi", ".m4v", ".ts", ".m2ts", ".mts", ".wmv", ".mov", ".mpg", ".mpeg", ".webm", ".flv",
        ".divx", ".xvid", ".vob", ".ogm", ".ogv", ".3gp", ".iso", ".img", ".rmvb", ".rm", ".asf", ".f4v", ".strm",
        ".nzb", ".torrent", ".par2", ".nfo", ".srt", ".ass", ".ssa", ".sub", ".idx", ".sup", ".vtt",
    ];

    /// <summary>The extension (with its dot, lower case) when the name ends with a known one.</summary>
    public static string? Find(string name, int end)
    {
        var dot = name.LastIndexOf('.', end - 1);
        if (dot < 0 || end - dot > 9)
        {
            return null;
        }
        var ext = name.AsSpan(dot, end - dot);
        foreach (var known in Media)
        {
            if (ext.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }
        return null;
    }

    public static QualityDefinition QualityOf(string extension) => extension switch
    {
        ".avi" or ".divx" or ".xvid" or ".wmv" or ".mpg" or ".mpeg" or ".3gp" or ".flv" or ".rm" or ".rmvb" or ".asf" or ".vob" or ".ogm" => Qualities.Sdtv,
        ".mkv" or ".mp4" or ".m4v" or ".mov" or ".ts" or ".f4v" => Qualities.Hdtv720p,
        ".m2ts" or ".mts" => Qualities.Bluray720p,
        ".iso" or ".img" => Qualities.BrDisk,
        _ => Qualities.Unknown,
    };
}
