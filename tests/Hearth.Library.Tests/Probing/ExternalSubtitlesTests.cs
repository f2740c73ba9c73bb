using Hearth.Library.Libraries;
using Hearth.Library.Probing;
using Hearth.Testing;

namespace Hearth.Library.Tests.Probing;

public sealed class ExternalSubtitlesTests
{
    private const string Video = "/m/Movie (2010)/Movie (2010).mkv";

    // nothing under /m is on disk: a path that is not there holds no link, so it counts as inside
    private static readonly LibraryRoots Roots = LibraryRoots.Of(["/m"]);

    [Theory]
    [InlineData("Movie (2010).srt", null, false, false, false, null)]
    [InlineData("Movie (2010).en.srt", "eng", false, false, false, null)]
    [InlineData("Movie (2010).eng.srt", "eng", false, false, false, null)]
    [InlineData("Movie (2010).English.srt", "eng", false, false, false, null)]
    [InlineData("Movie (2010).en.forced.srt", "eng", false, true, false, null)]
    [InlineData("Movie (2010).en.sdh.srt", "eng", false, false, true, null)]
    [InlineData("Movie (2010).en.cc.srt", "eng", false, false, true, null)]
    [InlineData("Movie (2010).en.hi.srt", "eng", false, false, true, null)]
    [InlineData("Movie (2010).pt-BR.srt", "por", false, false, false, null)]
    [InlineData("Movie (2010).en.default.srt", "eng", true, false, false, null)]
    [InlineData("Movie (2010).de.Commentary.srt", "ger", false, false, false, "Commentary")]
    public void Find_NamingConvention_ReadsFlags(string file, string? language, bool isDefault, bool isForced, bool isHearingImpaired, string? title)
    {
        var found = Assert.Single(ExternalSubtitles.Find(Video, Roots, [file, "Movie (2010).mkv"]));

        Assert.Equal((language, isDefault, isForced, isHearingImpaired, title), (found.Language, found.IsDefault, found.IsForced, found.IsHearingImpaired, found.Title));
        Assert.True(found.IsExternal);
        Assert.Equal(Path.Combine("/m/Movie (2010)", file), found.Path);
        Assert.Equal(1000, found.Index);
    }

    [Theory]
    [InlineData("Movie (2010).ass", "ass")]
    [InlineData("Movie (2010).ssa", "ass")]
    [InlineData("Movie (2010).vtt", "webvtt")]
    [InlineData("Movie (2010).sup", "hdmv_pgs_subtitle")]
    [InlineData("Movie (2010).sub", "microdvd")]
    [InlineData("Movie (2010).en.idx", "dvd_subtitle")]
    public void Find_Extension_CodecAsFfprobeNamesIt(string file, string codec)
    {
        Assert.Equal(codec, Assert.Single(ExternalSubtitles.Find(Video, Roots, [file])).Codec);
    }

    [Fact]
    public void Find_IdxSubPair_CountedOnce()
    {
        var found = ExternalSubtitles.Find(Video, Roots, ["Movie (2010).en.idx", "Movie (2010).en.sub"]);

        Assert.Equal("Movie (2010).en.idx", Path.GetFileName(Assert.Single(found).Path));
    }

    [Fact]
    public void Find_OtherFiles_Ignored()
    {
        var found = ExternalSubtitles.Find(Video, Roots, [
            "Movie (2010).mkv", "Movie (2010).nfo", "poster.jpg", "Other.en.srt",
            "Movie (2010) - Extended.en.srt", "Movie (2010).txt", ".srt",
        ]);

        Assert.Empty(found);
    }

    [Fact]
    public void Find_Several_StableOrderFrom1000()
    {
        var found = ExternalSubtitles.Find(Video, Roots, ["Movie (2010).fr.srt", "/elsewhere/Movie (2010).en.srt", "Movie (2010).de.ass"]);

        Assert.Equal(["ger", "eng", "fre"], found.Select(s => s.Language));
        Assert.Equal([1000, 1001, 1002], found.Select(s => s.Index));
        Assert.All(found, s => Assert.StartsWith("/m/Movie (2010)/", s.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NoListingGiven_ListsTheFolder()
    {
        using var folder = new TempFolder();
        var video = folder.Write("Show - S01E01.mkv", "");
        folder.Write("Show - S01E01.en.forced.srt", "1");
        folder.Write("Show - S01E02.en.srt", "1");

        var found = Assert.Single(ExternalSubtitles.Find(video, LibraryRoots.Of([folder.Path])));

        Assert.Equal(("eng", true), (found.Language, found.IsForced));
        Assert.Equal(folder.Combine("Show - S01E01.en.forced.srt"), found.Path);
    }
}
