using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Hearth.Releases.Tests;

/// <summary>Hostile input: random text, very long names, unicode and control characters. Never throws, never slow.</summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_ []()【】{}+&'!?/\\:SExp";

    [Fact]
    public void Parse_RandomStrings_NeverThrows()
    {
        var random = new Random(20240501);
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(0, 120);
            var chars = new char[length];
            for (var c = 0; c < length; c++)
            {
                chars[c] = random.Next(10) switch
                {
                    0 => (char)random.Next(0, 32),
                    1 => (char)random.Next(0x3000, 0x9FFF),
                    2 => (char)random.Next(0xD800, 0xDFFF),
                    _ => Alphabet[random.Next(Alphabet.Length)],
                };
            }
            _ = ReleaseParser.Parse(new string(chars));
        }
    }

    [Fact]
    public void Parse_RealNamesMutated_NeverThrows()
    {
        var random = new Random(7);
        string[] seeds = ["Series.Title.S01E02E03.720p.HDTV.x264-GRP", "[Sub] Anime - 01-12 (1080p) [ABCDEF12]", "Movie (2019) (1080p BluRay x265 Joy)", "Show.2024.01.02.1080p.WEB"];
        for (var i = 0; i < 20_000; i++)
        {
            var chars = seeds[i % seeds.Length].ToCharArray();
            for (var k = 0; k < 4; k++)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }
            _ = ReleaseParser.Parse(new string(chars));
        }
    }

    [Fact]
    public void Parse_ThousandCharacterTitle_TakesUnderAMillisecond()
    {
        var random = new Random(3);
        var sb = new StringBuilder();
        while (sb.Length < 1000)
        {
            sb.Append(random.Next(4) switch { 0 => "S01E0", 1 => "1080p.", 2 => "[x]-", _ => "Word." });
        }
        string[] titles = [sb.ToString(0, 1000), new string('1', 1000), new string('[', 1000), string.Concat(Enumerable.Repeat("S01E01-", 143)), string.Concat(Enumerable.Repeat("a.b-", 250))];
        foreach (var title in titles)
        {
            for (var i = 0; i < 50; i++)
            {
                _ = ReleaseParser.Parse(title);
            }
            // the best of many short batches: a loaded machine (other suites, other builds) stretches some
            // batches, but cannot make every one of them slow; backtracking would make every one slow
            var perCall = double.MaxValue;
            for (var batch = 0; batch < 40; batch++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < 5; i++)
                {
                    _ = ReleaseParser.Parse(title);
                }
                perCall = Math.Min(perCall, watch.Elapsed.TotalMilliseconds / 5);
            }
            output.WriteLine($"{title[..12]}… ({title.Length} chars): {perCall * 1000:0.0} µs per parse");
            Assert.True(perCall < 1.0, $"a 1,000-character title took {perCall:0.000} ms");
        }
    }

    [Theory]
    [InlineData("[Underwater] Another OVA - The Other -Karma- (BD (-RAW 1080p) [3A561 AmazonHD-Bluray1080pD0E].mkv")]
    [InlineData("[Dae-P9] Anime Series - 05.5 - S00E01 - Marrying by Contesting (BD 1080p HEVC FL (-ULTRAAC AAC) [Dual Audio] [5BCD56B8]")]
    [InlineData("Movie.Name.2019.S.-Rakuv.0207.Chapter.15.The.Believer.4Kto1080p.DSNYP.Webrip.x265.10bit.E. .AC3.5.1.Atmos.GokiTAoE")]
    public void Parse_DashOpeningTheTagsBeforeSpacedWords_NeverThrows(string title)
    {
        // found by mutating corpus names: a dash right at the start of the tags, followed by spaced words,
        // once read the character before the text
        var parsed = ReleaseParser.Parse(title);

        Assert.NotNull(parsed);
    }
}
