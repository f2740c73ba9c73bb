using Hearth.Core.Access;
using Hearth.Core.Media;
using Hearth.Core.Paths;
using Hearth.Core.Processes;
using Hearth.Streaming.Subtitles;
using Microsoft.Extensions.Options;

namespace Hearth.Streaming.Tests.Subtitles;

/// <summary>Subtitle text conversion with the real ffmpeg, from a file the library would hand over.</summary>
public sealed class SubtitleTextsTests : IDisposable
{
    private static readonly CallerAccess Caller = new(Guid.NewGuid(), "viewer", false, true, new HashSet<Guid>());
    private readonly string root = Directory.CreateTempSubdirectory("hearth-subtitles-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private SubtitleTexts Texts(PlayableMedia? media) =>
        new(new OneItem(media), new DataFolder(root), new ProcessRunner(), Options.Create(new MediaToolsOptions()));

    private PlayableMedia Movie(params SubtitleTrack[] subtitles) =>
        new(Guid.NewGuid(), "Movie", Path.Combine(root, "Movie.mkv"), new MediaDescription("matroska", 2, null, [], [], subtitles));

    [Fact]
    public async Task WebVttAsync_SrtBesideTheFile_ConvertedAndCached()
    {
        var srt = Path.Combine(root, "Movie.en.srt");
        await File.WriteAllTextAsync(srt, "1\n00:00:00,500 --> 00:00:01,500\nHello from beside\n");
        var movie = Movie(new SubtitleTrack(1000, "subrip", "eng", null, false, false, srt));
        var texts = Texts(movie);

        var first = await texts.WebVttAsync(Caller, movie.ItemId, 1000, CancellationToken.None);
        var second = await texts.WebVttAsync(Caller, movie.ItemId, 1000, CancellationToken.None);

        Assert.NotNull(first.Path);
        var text = await File.ReadAllTextAsync(first.Path);
        Assert.StartsWith("WEBVTT", text, StringComparison.Ordinal);
        Assert.Contains("00:00.500 --> 00:01.500", text, StringComparison.Ordinal);
        Assert.Contains("Hello from beside", text, StringComparison.Ordinal);
        Assert.Equal(first.Path, second.Path);
        Assert.Single(Directory.GetFiles(Path.Combine(root, "cache", "subtitles")));
    }

    [Fact]
    public async Task WebVttAsync_PictureTrack_ProblemNotNotFound()
    {
        var movie = Movie(new SubtitleTrack(3, "hdmv_pgs_subtitle", "eng", null, false, false, null));

        var text = await Texts(movie).WebVttAsync(Caller, movie.ItemId, 3, CancellationToken.None);

        Assert.Null(text.Path);
        Assert.False(text.NotFound);
        Assert.Contains("picture format", text.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebVttAsync_UnknownTrackOrItem_NotFound()
    {
        var movie = Movie(new SubtitleTrack(3, "subrip", "eng", null, false, false, null));

        Assert.True((await Texts(movie).WebVttAsync(Caller, movie.ItemId, 4, CancellationToken.None)).NotFound);
        Assert.True((await Texts(null).WebVttAsync(Caller, movie.ItemId, 3, CancellationToken.None)).NotFound);
    }

    [Fact]
    public async Task WebVttAsync_FileGoneFromDisk_NotFoundWithReason()
    {
        var movie = Movie(new SubtitleTrack(1000, "subrip", "eng", null, false, false, Path.Combine(root, "gone.srt")));

        var text = await Texts(movie).WebVttAsync(Caller, movie.ItemId, 1000, CancellationToken.None);

        Assert.True(text.NotFound);
        Assert.Contains("no longer on disk", text.Problem, StringComparison.Ordinal);
    }

    /// <summary>The library's side of the contract for one item (or none the caller may see).</summary>
    private sealed class OneItem(PlayableMedia? media) : IPlayableMediaSource
    {
        public Task<PlayableMedia?> FindAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken) =>
            Task.FromResult(media?.ItemId == itemId ? media : null);

        public Task<string?> FindFileAsync(CallerAccess caller, Guid itemId, CancellationToken cancellationToken) =>
            Task.FromResult(media?.ItemId == itemId ? media.Path : null);
    }
}
