using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Library.Probing;

namespace Hearth.Library.Demo;

/// <summary>Where the demo library's two folders are.</summary>
public sealed record DemoLibraryPaths(string Movies, string Shows);

/// <summary>
/// Builds a small library of synthetic movies and one show, laid out and named as Plex and Jellyfin
/// expect, so a fresh install has something to browse and play. Every file is written atomically and
/// skipped when present, and a marker written last says the whole library is there: an interrupted run
/// resumes where it stopped, a finished one returns at once.
/// </summary>
public sealed class DemoLibrary(ProcessRunner runner, TimeProvider clock, string ffmpeg = "ffmpeg")
{
    public const string MarkerFileName = ".hearth-demo";

    // raised when the demo's files change; a demo made by an older version is remade in place (same paths,
    // so its items, and what people did with them, stay)
    private const string Version = "v2";
    // MP4 with H.264 and AAC is what every browser plays as it is (Matroska it would remux)
    private const string EpisodeExtension = ".mp4";
    private const int Width = 640;
    private const int Height = 360;
    private static readonly TimeSpan ArtworkTimeout = TimeSpan.FromSeconds(30);

    public async Task<DemoLibraryPaths> EnsureAsync(string root, IProgress<string>? progress, CancellationToken ct)
    {
        var paths = new DemoLibraryPaths(Path.Combine(root, "Movies"), Path.Combine(root, "Shows"));
        var marker = Path.Combine(root, MarkerFileName);
        var refresh = false;
        if (File.Exists(marker))
        {
            if (IsCurrent(await File.ReadAllTextAsync(marker, ct).ConfigureAwait(false)))
            {
                return paths;
            }

            refresh = true;
            progress?.Report("Updating the demo library made by an older Hearth");
        }

        progress?.Report($"Creating the demo library in {root}");
        var font = DemoArtwork.FindFont();
        if (font is null)
        {
            progress?.Report("No DejaVu Sans font found: artwork will have no titles");
        }

        // one ffmpeg per core: each clip is single-threaded enough at this size that more would only queue
        var jobs = DemoCatalog.Movies.Select(movie => (Func<Task>)(() => MovieAsync(paths.Movies, movie, font, refresh, progress, ct)))
            .Concat(DemoCatalog.Show.Episodes.Select(episode => (Func<Task>)(() => EpisodeAsync(paths.Shows, episode, refresh, progress, ct))))
            .Append(() => ShowArtworkAsync(paths.Shows, font, refresh, ct));
        await Parallel.ForEachAsync(
            jobs,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = ct },
            async (job, _) => await job().ConfigureAwait(false)).ConfigureAwait(false);

        await AtomicOutput.WriteTextAsync(marker, $"complete {Version} {clock.GetUtcNow():O}\n", ct).ConfigureAwait(false);
        progress?.Report("Demo library ready");
        return paths;
    }

    private async Task MovieAsync(string moviesRoot, DemoMovie movie, string? font, bool refresh, IProgress<string>? progress, CancellationToken ct)
    {
        var folder = Path.Combine(moviesRoot, movie.FolderName);
        var video = Path.Combine(folder, movie.FolderName + movie.Extension);
        var clip = new SyntheticClip
        {
            VideoSource = movie.VideoSource,
            Width = Width,
            Height = Height,
            FrameRate = 24,
            Ffmpeg = ffmpeg,
            Title = movie.Title,
            VideoCodec = movie.Encoding?.VideoCodec ?? "libx264",
            PixelFormat = movie.Encoding?.PixelFormat ?? "yuv420p",
            Audio = movie.SecondAudioLanguage is { } second
                ? [new(movie.Frequency, "eng", "English"), new(movie.Frequency * 1.5, second, "Second language")]
                : [new(movie.Frequency, "eng")],
        };
        RemoveOutdated(folder, movie.FolderName, movie.Extension, refresh);
        await MakeAsync(video, () => clip.MakeAsync(runner, video, movie.Seconds, ct), refresh).ConfigureAwait(false);
        await TextAsync(Path.Combine(folder, "movie.nfo"), DemoNfo.Movie(movie), refresh, ct).ConfigureAwait(false);
        if (movie.HasExternalSubtitle)
        {
            var subtitle = Path.Combine(folder, movie.FolderName + ".en.srt");
            await TextAsync(subtitle, Subtitles(movie.Title, movie.Seconds), refresh, ct).ConfigureAwait(false);
        }

        var title = $"{movie.Title} ({movie.Year})";
        await ArtworkAsync(Path.Combine(folder, "poster.jpg"), 400, 600, movie.Colors, title, font, refresh, ct).ConfigureAwait(false);
        await ArtworkAsync(Path.Combine(folder, "fanart.jpg"), 1280, 720, (movie.Colors.To, movie.Colors.From), title, font, refresh, ct).ConfigureAwait(false);
        progress?.Report($"Movie ready: {title}");
    }

    private async Task EpisodeAsync(string showsRoot, DemoEpisode episode, bool refresh, IProgress<string>? progress, CancellationToken ct)
    {
        var show = DemoCatalog.Show;
        var folder = Path.Combine(showsRoot, show.FolderName, $"Season {episode.Season:00}");
        var name = $"{show.Title} - S{episode.Season:00}E{episode.Number:00} - {episode.Title}";
        var video = Path.Combine(folder, name + EpisodeExtension);
        var clip = new SyntheticClip
        {
            VideoSource = "testsrc2",
            Width = Width,
            Height = Height,
            FrameRate = 24,
            Ffmpeg = ffmpeg,
            Title = episode.Title,
            Audio = [new(episode.Frequency, "eng")],
        };
        RemoveOutdated(folder, name, EpisodeExtension, refresh);
        await MakeAsync(video, () => clip.MakeAsync(runner, video, episode.Seconds, ct), refresh).ConfigureAwait(false);
        await TextAsync(Path.Combine(folder, name + ".nfo"), DemoNfo.Episode(show, episode), refresh, ct).ConfigureAwait(false);
        if (episode.HasThumb)
        {
            var thumb = Path.Combine(folder, name + "-thumb.jpg");
            await MakeAsync(thumb, () => new ThumbnailMaker(runner, ffmpeg).MakeAsync(video, thumb, episode.Seconds / 2, 320, ct), refresh)
                .ConfigureAwait(false);
        }

        progress?.Report($"Episode ready: {name}");
    }

    private async Task ShowArtworkAsync(string showsRoot, string? font, bool refresh, CancellationToken ct)
    {
        var show = DemoCatalog.Show;
        var folder = Path.Combine(showsRoot, show.FolderName);
        await TextAsync(Path.Combine(folder, "tvshow.nfo"), DemoNfo.Show(show), refresh, ct).ConfigureAwait(false);
        await ArtworkAsync(Path.Combine(folder, "poster.jpg"), 400, 600, show.Colors, show.Title, font, refresh, ct).ConfigureAwait(false);
        await ArtworkAsync(Path.Combine(folder, "fanart.jpg"), 1280, 720, (show.Colors.To, show.Colors.From), show.Title, font, refresh, ct).ConfigureAwait(false);
        await ArtworkAsync(Path.Combine(folder, "season01-poster.jpg"), 400, 600, (show.Colors.From, "0x000000"), $"{show.Title} Season 1", font, refresh, ct)
            .ConfigureAwait(false);
    }

    private Task ArtworkAsync(string path, int width, int height, (string, string) colors, string text, string? font, bool refresh, CancellationToken ct) =>
        MakeAsync(path, async () =>
        {
            try
            {
                await AtomicOutput.WriteAsync(path, temp =>
                    runner.RunAsync(ffmpeg, DemoArtwork.For(temp, width, height, colors, text, font), ArtworkTimeout, cancellationToken: ct))
                    .ConfigureAwait(false);
            }
            catch (ExternalProcessException) when (font is not null)
            {
                // an ffmpeg built without drawtext, or a font it cannot load: plain artwork beats none
                await AtomicOutput.WriteAsync(path, temp =>
                    runner.RunAsync(ffmpeg, DemoArtwork.For(temp, width, height, colors, null, null), ArtworkTimeout, cancellationToken: ct))
                    .ConfigureAwait(false);
            }
        }, refresh);

    /// <summary>A few SubRip cues spread over the clip.</summary>
    internal static string Subtitles(string title, double seconds)
    {
        string[] lines = [title, "A Hearth demo film.", "Every picture and sound is made by ffmpeg."];
        var step = seconds / lines.Length;
        return string.Concat(lines.Select((line, i) =>
            $"{i + 1}\n{Time(i * step)} --> {Time(((i + 1) * step) - 0.1)}\n{line}\n\n"));

        static string Time(double at) => TimeSpan.FromSeconds(at).ToString(@"hh\:mm\:ss\,fff", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task TextAsync(string path, string content, bool refresh, CancellationToken ct) =>
        MakeAsync(path, () => AtomicOutput.WriteTextAsync(path, content, ct), refresh);

    // an older demo wrote some videos as .mkv: its copy goes when the video's container changed
    private static void RemoveOutdated(string folder, string name, string extension, bool refresh)
    {
        foreach (var old in (string[])[".mkv", ".mp4"])
        {
            var path = Path.Combine(folder, name + old);
            if (refresh && old != extension && File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    // files are only ever renamed into place whole, so one that exists is complete; a refresh replaces it
    private static Task MakeAsync(string path, Func<Task> create, bool refresh) =>
        File.Exists(path) && !refresh ? Task.CompletedTask : create();

    // "complete v2 2026-12-06T…"; the first demo wrote "complete 2026-…" with no version
    private static bool IsCurrent(string marker) =>
        marker.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var version, ..] && version == Version;
}
