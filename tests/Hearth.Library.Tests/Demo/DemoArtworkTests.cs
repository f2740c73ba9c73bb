using System.Xml.Linq;
using Hearth.Library.Demo;

namespace Hearth.Library.Tests.Demo;

public sealed class DemoArtworkTests
{
    [Fact]
    public void For_WithFont_GoldenCommandLine()
    {
        var args = DemoArtwork.For("/o/poster.jpg", 400, 600, ("0x000000", "0xffffff"), "The Lantern Road (1948)", "/f/Sans.ttf");

        Assert.Equal(
            "-v error -y -nostdin -f lavfi -i gradients=size=400x600:c0=0x000000:c1=0xffffff:x0=0:y0=0:x1=400:y1=600:nb_colors=2:speed=0.00001 "
            + "-frames:v 1 -vf drawtext=fontfile=/f/Sans.ttf:text=The Lantern\nRoad (1948):expansion=none:fontsize=44:fontcolor=white"
            + ":box=1:boxcolor=black@0.6:boxborderw=22:line_spacing=11:x=(w-text_w)/2:y=(h-text_h)/2 -q:v 3 -f image2 -update 1 /o/poster.jpg",
            string.Join(' ', args));
    }

    [Fact]
    public void For_NoFont_NoText()
    {
        var args = DemoArtwork.For("/o/fanart.jpg", 1280, 720, ("red", "blue"), "Title", fontFile: null);

        Assert.DoesNotContain("-vf", args);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a:b", @"a\\:b")]
    [InlineData("it's", @"it\\\'s")]
    [InlineData("x,y;[z]", @"x\,y\;\[z\]")]
    [InlineData(@"back\slash", @"back\\\\slash")]
    public void Escape_SpecialCharacters_EscapedForOptionAndGraph(string text, string expected)
    {
        Assert.Equal(expected, DemoArtwork.Escape(text));
    }

    [Fact]
    public void Wrap_LongTitle_BreaksAtSpaces()
    {
        Assert.Equal("Lights of\nCinder Street\n(1937)", DemoArtwork.Wrap("Lights of Cinder Street (1937)", 14));
    }

    [Fact]
    public void FindFont_DejaVuInstalled_ReturnsAFile()
    {
        var font = DemoArtwork.FindFont();

        Assert.True(font is null || File.Exists(font));
    }

    [Fact]
    public void Movie_Nfo_HasMetadataAndThreeActors()
    {
        var movie = DemoCatalog.Movies[0];

        var root = XDocument.Parse(DemoNfo.Movie(movie)).Root!;

        Assert.Equal("movie", root.Name.LocalName);
        Assert.Equal(movie.Title, root.Element("title")?.Value);
        Assert.Equal("1948", root.Element("year")?.Value);
        Assert.Equal("7.4", root.Element("rating")?.Value);
        Assert.Equal(movie.Tagline, root.Element("tagline")?.Value);
        Assert.Equal(["Drama", "Adventure"], root.Elements("genre").Select(g => g.Value));
        Assert.Equal(movie.Director, root.Element("director")?.Value);
        Assert.Equal(3, root.Elements("actor").Count());
        Assert.Equal("The Courier", root.Elements("actor").First().Element("role")?.Value);
    }

    [Fact]
    public void Subtitles_Clip_ThreeCuesWithinDuration()
    {
        var srt = DemoLibrary.Subtitles("T", 12);

        Assert.StartsWith("1\n00:00:00,000 --> 00:00:03,900\nT\n\n2\n00:00:04,000 --> ", srt, StringComparison.Ordinal);
        Assert.Contains("3\n00:00:08,000 --> 00:00:11,900\n", srt, StringComparison.Ordinal);
    }
}
