using Hearth.Releases.Text;

namespace Hearth.Releases;

/// <summary>
/// Scene naming: words joined by dots, no spaces, a title first, a resolution and a source, and
/// "-GROUP" at the end. A scene name can be searched for exactly on indexers.
/// </summary>
public static class SceneName
{
    public static bool IsSceneTitle(string title)
    {
        var name = GetClean(title);
        if (name.Contains(' ') || name.IndexOf('-') <= 0 || name.StartsWith('[') || !name.Contains('.'))
        {
            return false;
        }
        var parsed = ReleaseParser.Parse(name);
        // a scene name numbers its episode or dates its film
        return parsed.IsParsed && parsed.Title.Length > 0 && parsed.ReleaseGroup is not null && (parsed.Kind == ReleaseKind.Episode || parsed.Year is not null)
            && parsed.Quality.SourceDetection == Quality.DetectionSource.Name && parsed.Quality.ResolutionDetection == Quality.DetectionSource.Name;
    }

    /// <summary>The scene name without an extension, trailing underscores or full-width brackets; null when not a scene name.</summary>
    public static string? GetSceneTitle(string title)
    {
        var name = GetClean(title);
        return IsSceneTitle(name) ? name : null;
    }

    private static string GetClean(string title)
    {
        var name = NameCleaner.Normalize(title).Trim().TrimEnd('_');
        var ext = Quality.Extensions.Find(name, name.Length);
        return ext is null ? name : name[..^ext.Length];
    }
}
