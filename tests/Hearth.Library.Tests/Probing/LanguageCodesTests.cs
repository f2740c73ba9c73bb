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
}
