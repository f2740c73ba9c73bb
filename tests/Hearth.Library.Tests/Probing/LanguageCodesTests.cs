using Hearth.Library.Probing;

namespace Hearth.Library.Tests.Probing;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("en", "eng")]
    [InlineData("ENG", "eng")]
    [InlineData("English", "eng")]
    [InlineData("de", "ger")]
    [InlineData("deu", "ger")]
    [InlineData("pt-BR", "por")]
    [InlineData("zh_Hant", "chi")]
    [InlineData("svenska", "swe")]
    [InlineData("Brazilian", "por")]
    [InlineData("lat", "lat")]
    [InlineData("ka", "geo")]
    [InlineData("malayalam", "mal")]
    [InlineData("und", null)]
    [InlineData("forced", null)]
    [InlineData("", null)]
    public void Normalize_Tag_Iso6392B(string tag, string? expected)
    {
        Assert.Equal(expected, LanguageCodes.Normalize(tag));
    }

    [Theory]
    [InlineData("xho", "xho")]
    [InlineData("und", null)]
    [InlineData("abcd", null)]
    public void NormalizeTag_UnknownThreeLetterCode_Kept(string tag, string? expected)
    {
        Assert.Equal(expected, LanguageCodes.NormalizeTag(tag));
    }

    [Fact]
    public void Normalize_EveryLanguageOfTheReleaseParser_HasACode()
    {
        // one table: every language a release name can state has a code the library can store and match
        foreach (var row in Hearth.Releases.Languages.LanguageTable.Rows)
        {
            Assert.Equal(row.Iso639B, LanguageCodes.Normalize(row.Iso639B));
            Assert.All(row.Names, name => Assert.Equal(row.Iso639B, LanguageCodes.Normalize(name)));
        }

        var named = Hearth.Releases.Languages.LanguageTable.Rows.Select(r => r.Language).ToHashSet();
        var missing = Enum.GetValues<Hearth.Releases.Languages.Language>()
            .Where(l => l is not (Hearth.Releases.Languages.Language.Unknown or Hearth.Releases.Languages.Language.Original) && !named.Contains(l));
        Assert.Empty(missing);
    }
}
