using Hearth.Library.Naming;

namespace Hearth.Library.Tests.Naming;

public sealed class MediaFilesTests
{
    [Theory]
    [InlineData("a/Movie.mkv")]
    [InlineData("Movie.MP4")]
    [InlineData("clip.m2ts")]
    [InlineData("old.DivX")]
    [InlineData("VTS_01_1.vob")]
    [InlineData("show.s01e01.ts")]
    public void IsVideo_VideoExtension_True(string path) => Assert.True(MediaFiles.IsVideo(path));

    [Theory]
    [InlineData("Movie.srt")]
    [InlineData("Movie.nfo")]
    [InlineData("Movie")]
    [InlineData("mkv")]
    [InlineData("Movie.mkv.part")]
    public void IsVideo_OtherFile_False(string path) => Assert.False(MediaFiles.IsVideo(path));

    [Theory]
    [InlineData("Movie.en.srt", true)]
    [InlineData("Movie.ASS", true)]
    [InlineData("Movie.forced.vtt", true)]
    [InlineData("Movie.idx", true)]
    [InlineData("Movie.mkv", false)]
    public void IsSubtitle_ByExtension(string path, bool expected) => Assert.Equal(expected, MediaFiles.IsSubtitle(path));

    [Theory]
    [InlineData("poster.JPG", true)]
    [InlineData("fanart.webp", true)]
    [InlineData("movie.tbn", true)]
    [InlineData("folder.gif", false)]
    public void IsImage_ByExtension(string path, bool expected) => Assert.Equal(expected, MediaFiles.IsImage(path));

    [Theory]
    [InlineData("sample.mkv")]
    [InlineData("Movie-sample.mkv")]
    [InlineData("movie.sample.mkv")]
    [InlineData("Movie.2010.1080p.BluRay.x264-GRP-Sample.mkv")]
    [InlineData("Movie (2010)/Sample/movie.mkv")]
    [InlineData("Movie (2010)/Samples/anything.mkv")]
    [InlineData("Movie (2010) [sample].mkv")]
    public void IsSample_SampleToken_True(string path) => Assert.True(MediaFiles.IsSample(path));

    [Theory]
    [InlineData("Free Samples Day (2012).mkv")]
    [InlineData("Sampler (2019)/Sampler (2019).mkv")]
    [InlineData("Examples (2001).mkv")]
    [InlineData("Movie (2010)/Movie (2010).mkv")]
    public void IsSample_TitleWithLetters_False(string path) => Assert.False(MediaFiles.IsSample(path));
}
