using System.Text.RegularExpressions;

namespace Hearth.Library.Naming;

/// <summary>Recognises extras by their folder (Plex/Jellyfin extras folders) or by a file-name suffix.</summary>
public static partial class Extras
{
    private static readonly Dictionary<string, ExtraKind> FolderKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["extras"] = ExtraKind.Other,
        ["extra"] = ExtraKind.Other,
        ["other"] = ExtraKind.Other,
        ["others"] = ExtraKind.Other,
        ["featurettes"] = ExtraKind.Featurette,
        ["featurette"] = ExtraKind.Featurette,
        ["behindthescenes"] = ExtraKind.BehindTheScenes,
        ["deletedscenes"] = ExtraKind.DeletedScene,
        ["deleted"] = ExtraKind.DeletedScene,
        ["interviews"] = ExtraKind.Interview,
        ["interview"] = ExtraKind.Interview,
        ["scenes"] = ExtraKind.Scene,
        ["shorts"] = ExtraKind.Short,
        ["trailers"] = ExtraKind.Trailer,
        ["trailer"] = ExtraKind.Trailer,
        ["clips"] = ExtraKind.Clip,
    };

    private static readonly Dictionary<string, ExtraKind> SuffixKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trailer"] = ExtraKind.Trailer,
        ["featurette"] = ExtraKind.Featurette,
        ["behindthescenes"] = ExtraKind.BehindTheScenes,
        ["deleted"] = ExtraKind.DeletedScene,
        ["deletedscene"] = ExtraKind.DeletedScene,
        ["interview"] = ExtraKind.Interview,
        ["scene"] = ExtraKind.Scene,
        ["short"] = ExtraKind.Short,
        ["clip"] = ExtraKind.Clip,
        ["other"] = ExtraKind.Other,
        ["extra"] = ExtraKind.Other,
    };

    /// <summary>The extra kind of a folder such as "Featurettes" or "Behind The Scenes"; null when it is not one.</summary>
    public static ExtraKind? FromFolderName(string name)
    {
        var compact = CompactRegex().Replace(name, "");
        return FolderKinds.TryGetValue(compact, out var kind) ? kind : null;
    }

    /// <summary>
    /// The extra kind named by a suffix ("Alien (1979)-trailer", "movie.trailer", a file named "trailer");
    /// <paramref name="baseName"/> is the name without it, or the input unchanged when there is none.
    /// </summary>
    public static ExtraKind? FromFileSuffix(string fileNameWithoutExtension, out string baseName) =>
        FromFileSuffix(fileNameWithoutExtension, dashOnly: false, out baseName);

    // dashOnly accepts "-word" alone: in dotted release names ("Show.S01E05.The.Trailer") the other
    // separators would turn an episode titled "The Trailer" into an extra
    internal static ExtraKind? FromFileSuffix(string fileNameWithoutExtension, bool dashOnly, out string baseName)
    {
        baseName = fileNameWithoutExtension;
        var trimmed = fileNameWithoutExtension.Trim();
        if (ExactTrailerRegex().IsMatch(trimmed))
        {
            baseName = "";
            return ExtraKind.Trailer;
        }

        var match = SuffixRegex().Match(trimmed);
        if (!match.Success || match.Index == 0)
        {
            return null;
        }

        var word = match.Groups["word"].Value;
        var separator = match.Groups["sep"].Value;
        // Jellyfin accepts "." and "_" only before "trailer"; other words are too common in titles.
        if (separator != "-" && (dashOnly || !word.Equals("trailer", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        baseName = trimmed[..match.Index].TrimEnd(' ', '-', '.', '_');
        return SuffixKinds[word];
    }

    [GeneratedRegex(@"[\s_\-.]+")]
    private static partial Regex CompactRegex();

    [GeneratedRegex(@"^trailers?[-_. ]?\d{0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExactTrailerRegex();

    [GeneratedRegex(
        @"(?<sep>[-._])(?<word>trailer|featurette|behindthescenes|deletedscene|deleted|interview|scene|short|clip|other|extra)[-_]?\d{0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuffixRegex();
}
