using Hearth.Library.Naming;
using Hearth.Library.Probing;
using Hearth.Library.Store;

namespace Hearth.Library.Playback;

/// <summary>
/// Which files of an item are versions of it (the film in 2160p HDR and in 1080p, side by side in its folder, as
/// Plex, Jellyfin and Hearth's own automation keep them), and how a person tells them apart. The second and later
/// parts of a stacked film (cd2, part 3) and the files inside a disc folder are pieces of one version, not versions.
/// </summary>
public static class ItemVersions
{
    /// <summary>The item's versions among its files (in path order; the first is the item's media source).</summary>
    public static IReadOnlyList<MediaFile> Of(IReadOnlyList<MediaFile> files)
    {
        if (files.Count < 2)
        {
            return files;
        }

        return [files[0], .. files.Skip(1).Where(f => !IsPiece(f.Path))];
    }

    /// <summary>"2160p HEVC HDR10", with the edition its name gives ("1080p H264 · Director's Cut").</summary>
    public static string Name(MediaInfo info, string path)
    {
        var parts = new List<string>();
        if (info.Video.FirstOrDefault() is { } video)
        {
            parts.Add(Resolution(video.Width, video.Height));
            parts.Add(video.Codec.ToUpperInvariant());
            if (video.Hdr != HdrKind.None)
            {
                parts.Add(video.Hdr switch
                {
                    HdrKind.DolbyVision => "Dolby Vision",
                    HdrKind.Hdr10Plus => "HDR10+",
                    HdrKind.Hlg => "HLG",
                    _ => "HDR10",
                });
            }
        }
        else if (info.Audio.FirstOrDefault() is { } audio)
        {
            parts.Add(audio.Codec.ToUpperInvariant());
        }

        var name = string.Join(' ', parts);
        return MovieNaming.EditionOfFile(path) is { } edition ? $"{name} · {edition}" : name;
    }

    /// <summary>The usual name of a picture's size: by the longer side, so a scope film (1920×800) is still 1080p.</summary>
    public static string Resolution(int width, int height) => (width, height) switch
    {
        ( >= 3200, _) or (_, >= 1800) => "2160p",
        ( >= 2200, _) or (_, >= 1300) => "1440p",
        ( >= 1600, _) or (_, >= 900) => "1080p",
        ( >= 1100, _) or (_, >= 640) => "720p",
        _ => $"{height}p",
    };

    /// <summary>A part after the first of a stacked film, or a file inside a DVD or Blu-ray folder.</summary>
    private static bool IsPiece(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (MovieNaming.StripPart(name, out var part) is not null && part > 1)
        {
            return true;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? string.Empty;
        return folder.Equals("VIDEO_TS", StringComparison.OrdinalIgnoreCase) || folder.Equals("STREAM", StringComparison.OrdinalIgnoreCase)
            || folder.Equals("BDMV", StringComparison.OrdinalIgnoreCase);
    }
}
