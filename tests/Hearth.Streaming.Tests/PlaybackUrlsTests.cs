using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;

namespace Hearth.Streaming.Tests;

public sealed class PlaybackUrlsTests
{
    private static readonly Guid Item = Guid.Parse("0b9d2c4e-3f5a-4e6b-9c7d-1a2b3c4d5e6f");

    [Fact]
    public void Links_ClientsDependOn_KeepTheirPaths()
    {
        Assert.Equal("/api/v1/items/0b9d2c4e-3f5a-4e6b-9c7d-1a2b3c4d5e6f/stream", PlaybackUrls.Stream(Item));
        Assert.Equal("/api/v1/items/0b9d2c4e-3f5a-4e6b-9c7d-1a2b3c4d5e6f/subtitles/1000", PlaybackUrls.Subtitle(Item, 1000));
        Assert.Equal("/api/v1/playback/0b9d2c4e-3f5a-4e6b-9c7d-1a2b3c4d5e6f/master.m3u8", PlaybackUrls.Master(Item));
    }

    [Theory]
    [InlineData(PlaybackUrls.StreamRoute, "stream")]
    [InlineData(PlaybackUrls.SubtitleRoute, "subtitle")]
    [InlineData(PlaybackUrls.SessionRoute + PlaybackUrls.MasterRoute, "master")]
    public void Link_MatchesTheRouteItIsFor(string route, string link)
    {
        var path = link switch
        {
            "stream" => PlaybackUrls.Stream(Item),
            "subtitle" => PlaybackUrls.Subtitle(Item, 3),
            _ => PlaybackUrls.Master(Item),
        };
        var values = new RouteValueDictionary();

        Assert.True(new TemplateMatcher(new RouteTemplate(RoutePatternFactory.Parse(route)), []).TryMatch(path, values), $"{path} does not match {route}");
        Assert.Equal(Item.ToString(), (string?)(values["id"] ?? values["session"]));
    }

    [Fact]
    public void Fill_MissingValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlaybackUrls.Fill(RoutePatternFactory.Parse(PlaybackUrls.SubtitleRoute), ("id", Item)));
    }
}
