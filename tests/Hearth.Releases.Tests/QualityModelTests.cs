using Hearth.Releases.Quality;

namespace Hearth.Releases.Tests;

public sealed class QualityModelTests
{
    [Fact]
    public void FindByName_UserName_FindsTheQuality()
    {
        Assert.Equal(Qualities.Remux2160p, Qualities.FindByName("Bluray-2160p Remux"));
        Assert.Equal(Qualities.WebDl1080p, Qualities.FindByName("webdl-1080p"));
    }

    [Fact]
    public void Comparer_HigherResolution_Wins()
    {
        Assert.True(QualityComparer.Instance.Compare(Qualities.Bluray1080p, Qualities.WebDl720p) > 0);
        Assert.True(QualityComparer.Instance.Compare(Qualities.Sdtv, Qualities.Hdtv720p) < 0);
    }

    [Fact]
    public void Comparer_SameQuality_ProperWins()
    {
        var first = new ParsedQuality(Qualities.WebDl1080p, Revision.Default, DetectionSource.Name, DetectionSource.Name);
        var proper = first with { Revision = new Revision(2) };
        Assert.True(QualityComparer.Instance.Compare(proper, first) > 0);
    }

    [Fact]
    public void QualitySize_EpisodeWithinLimits_IsAllowed()
    {
        var size = QualitySizes.For(Qualities.WebDl1080p);
        Assert.True(size.Allows(2L * 1024 * 1024 * 1024, 45));
        Assert.False(size.Allows(10L * 1024 * 1024, 45));
    }

    [Fact]
    public void All_IsOrderedByRank()
    {
        var ranks = Qualities.All.Select(q => q.Rank).ToList();
        Assert.Equal(ranks.Order(), ranks);
    }
}
