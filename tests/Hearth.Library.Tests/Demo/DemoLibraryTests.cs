using System.Diagnostics;
using System.Xml.Linq;
using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Library.Libraries;
using Hearth.Library.Probing;
using Hearth.Testing;
using Xunit.Abstractions;

namespace Hearth.Library.Tests.Demo;

public sealed class DemoLibraryTests(DemoLibraryFixture demo, ITestOutputHelper output) : IClassFixture<DemoLibraryFixture>
{
    private readonly ProcessRunner runner = new();

    [Fact]
    public void EnsureAsync_EmptyRoot_MoviesInPlexLayout()
    {
        output.WriteLine($"demo library created in {demo.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(demo.Folder.Combine("Movies"), demo.Paths.Movies);
        var folders = Directory.GetDirectories(demo.Paths.Movies).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["Clockwork Meadow (1952)", "Lights of Cinder Street (1937)", "The Fractal Coast (1961)", "The Lantern Road (1948)"], folders);
        foreach (var movie in DemoCatalog.Movies)
        {
            var folder = Path.Combine(demo.Paths.Movies, movie.FolderName);
            Assert.True(File.Exists(Path.Combine(folder, movie.FolderName + movie.Extension)), movie.Title);
            Assert.True(File.Exists(Path.Combine(folder, "movie.nfo")), movie.Title);
            Assert.True(File.Exists(Path.Combine(folder, "poster.jpg")), movie.Title);
            Assert.True(File.Exists(Path.Combine(folder, "fanart.jpg")), movie.Title);
            Assert.DoesNotContain(Directory.GetFiles(folder), f => Path.GetFileName(f).StartsWith('.'));
        }

        Assert.True(File.Exists(demo.Folder.Combine(DemoLibrary.MarkerFileName)));
    }

    [Fact]
    public async Task EnsureAsync_MovieWithSecondLanguage_TwoAudioTracksAndExternalSubtitle()
    {
        var video = Path.Combine(demo.Paths.Movies, "The Lantern Road (1948)", "The Lantern Road (1948).mp4");

        var info = await new FfprobeProber(runner).ProbeAsync(video, CancellationToken.None);

        Assert.Equal(["eng", "fre"], info.Audio.Select(a => a.Language));
        var video0 = Assert.Single(info.Video);
        Assert.Equal(("h264", 640, 360), (video0.Codec, video0.Width, video0.Height));
        Assert.InRange(info.DurationSeconds ?? 0, 8, 15);
        var subtitle = Assert.Single(ExternalSubtitles.Find(video, LibraryRoots.Of([demo.Paths.Movies])));
        Assert.Equal("eng", subtitle.Language);
    }

    [Fact]
    public async Task EnsureAsync_Movies_BrowserFriendlyH264ButTheOneLabelledFilm()
    {
        var prober = new FfprobeProber(runner);
        foreach (var movie in DemoCatalog.Movies)
        {
            var video = Path.Combine(demo.Paths.Movies, movie.FolderName, movie.FolderName + movie.Extension);
            var stream = (await prober.ProbeAsync(video, CancellationToken.None)).Video[0];
            var plot = XDocument.Load(Path.Combine(demo.Paths.Movies, movie.FolderName, "movie.nfo")).Root!.Element("plot")!.Value;
            if (movie.Encoding is null)
            {
                // 8-bit 4:2:0 H.264 is what every browser decodes; High 4:4:4 (from RGB sources) is not
                Assert.Equal(("h264", 8), (stream.Codec, stream.BitDepth ?? 8));
                Assert.DoesNotContain("4:4:4", stream.Profile ?? string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain("transcode", plot, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.Equal(("hevc", 10), (stream.Codec, stream.BitDepth));
                Assert.Contains("Hearth transcodes it", plot, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Artwork_EveryDemoGradient_TitleContrastAtLeastWcagAa()
    {
        var gradients = DemoCatalog.Movies.SelectMany(m => new[] { m.Colors, (m.Colors.To, m.Colors.From) })
            .Append(DemoCatalog.Show.Colors)
            .Append((DemoCatalog.Show.Colors.From, "0x000000"))
            .Append(("0xffffff", "0xffffff")); // the worst any gradient could be

        Assert.All(gradients, g => Assert.True(DemoArtwork.WorstTitleContrast(g) >= 4.5, $"{g}: {DemoArtwork.WorstTitleContrast(g):0.00}:1"));
    }

    [Fact]
    public async Task EnsureAsync_DemoFromAnOlderVersion_RemadeInPlace()
    {
        using var folder = new TempFolder();
        var root = folder.Combine("demo");
        var first = await new DemoLibrary(runner, TimeProvider.System).EnsureAsync(root, null, CancellationToken.None);
        var video = Path.Combine(first.Movies, "The Fractal Coast (1961)", "The Fractal Coast (1961).mkv");
        File.WriteAllText(video, "made by an older Hearth");
        var oldContainer = Path.Combine(first.Movies, "The Lantern Road (1948)", "The Lantern Road (1948).mkv");
        File.WriteAllText(oldContainer, "the first demo wrote this film as Matroska");
        File.WriteAllText(Path.Combine(root, DemoLibrary.MarkerFileName), "complete 2026-11-01T00:00:00.0000000+00:00\n");

        await new DemoLibrary(runner, TimeProvider.System).EnsureAsync(root, null, CancellationToken.None);

        Assert.Equal("hevc", (await new FfprobeProber(runner).ProbeAsync(video, CancellationToken.None)).Video[0].Codec);
        Assert.False(File.Exists(oldContainer));
        Assert.True(File.Exists(Path.ChangeExtension(oldContainer, ".mp4")));
        Assert.StartsWith("complete v2 ", File.ReadAllText(Path.Combine(root, DemoLibrary.MarkerFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureAsync_Artwork_PosterAndFanartSizes()
    {
        var folder = Path.Combine(demo.Paths.Movies, "Clockwork Meadow (1952)");
        var prober = new FfprobeProber(runner);

        var poster = (await prober.ProbeAsync(Path.Combine(folder, "poster.jpg"), CancellationToken.None)).Video[0];
        var fanart = (await prober.ProbeAsync(Path.Combine(folder, "fanart.jpg"), CancellationToken.None)).Video[0];

        Assert.Equal((400, 600), (poster.Width, poster.Height));
        Assert.Equal((1280, 720), (fanart.Width, fanart.Height));
    }

    [Fact]
    public void EnsureAsync_EmptyRoot_ShowWithSeasonsEpisodesAndNfos()
    {
        var show = Path.Combine(demo.Paths.Shows, "Harbour Lights (1958)");
        foreach (var file in (string[])["tvshow.nfo", "poster.jpg", "fanart.jpg", "season01-poster.jpg"])
        {
            Assert.True(File.Exists(Path.Combine(show, file)), file);
        }

        var season1 = Directory.GetFiles(Path.Combine(show, "Season 01"), "*.mp4");
        var season2 = Directory.GetFiles(Path.Combine(show, "Season 02"), "*.mp4");
        Assert.Equal(3, season1.Length);
        Assert.Equal(2, season2.Length);
        Assert.Contains(Path.Combine(show, "Season 01", "Harbour Lights - S01E01 - The New Keeper.mp4"), season1);
        Assert.All(season1.Concat(season2), video => Assert.True(File.Exists(Path.ChangeExtension(video, ".nfo")), video));
        Assert.True(File.Exists(Path.Combine(show, "Season 01", "Harbour Lights - S01E02 - Fog Bell-thumb.jpg")));
        var nfo = XDocument.Load(Path.Combine(show, "Season 02", "Harbour Lights - S02E01 - The Regatta.nfo")).Root!;
        Assert.Equal(("episodedetails", "2", "1"), (nfo.Name.LocalName, nfo.Element("season")?.Value, nfo.Element("episode")?.Value));
    }

    [Fact]
    public void EnsureAsync_EmptyRoot_ReportsProgress()
    {
        Assert.Contains(demo.Progress, line => line.StartsWith("Movie ready: The Fractal Coast", StringComparison.Ordinal));
        Assert.Equal("Demo library ready", demo.Progress[^1]);
    }

    [Fact]
    public async Task EnsureAsync_Complete_ReturnsAtOnceWithoutWriting()
    {
        var poster = Path.Combine(demo.Paths.Movies, "The Fractal Coast (1961)", "poster.jpg");
        var before = File.GetLastWriteTimeUtc(poster);
        var watch = Stopwatch.StartNew();

        var paths = await new DemoLibrary(runner, TimeProvider.System, "/nonexistent/ffmpeg").EnsureAsync(demo.Folder.Path, null, CancellationToken.None);

        Assert.Equal(demo.Paths, paths);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1));
        Assert.Equal(before, File.GetLastWriteTimeUtc(poster));
    }

    [Fact]
    public async Task EnsureAsync_InterruptedRun_WritesOnlyWhatIsMissing()
    {
        using var root = new TempFolder();
        // a run that stopped after one movie: the files it finished are there, the marker is not
        var clip = new SyntheticClip { Width = 64, Height = 36 };
        var done = root.Combine("Movies", "Clockwork Meadow (1952)", "Clockwork Meadow (1952).mp4");
        await clip.MakeAsync(runner, done, 0.5);
        var before = File.GetLastWriteTimeUtc(done);

        await new DemoLibrary(runner, TimeProvider.System).EnsureAsync(root.Path, null, CancellationToken.None);

        Assert.Equal(before, File.GetLastWriteTimeUtc(done));
        Assert.True(File.Exists(root.Combine("Movies", "Clockwork Meadow (1952)", "poster.jpg")));
        Assert.True(File.Exists(root.Combine(DemoLibrary.MarkerFileName)));
    }
}
