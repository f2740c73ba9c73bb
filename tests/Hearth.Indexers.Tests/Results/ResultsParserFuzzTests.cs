using System.Text;
using Hearth.Indexers.Results;

namespace Hearth.Indexers.Tests.Results;

/// <summary>
/// Random mutations of the recorded responses: the parser must answer for every one (items, a problem, or
/// an error), never throw and never hang. Seeded, so a failure can be replayed.
/// </summary>
public sealed class ResultsParserFuzzTests
{
    private static readonly string[] Fixtures =
        ["torznab-results.xml", "torznab-results-second.xml", "newznab-results.xml", "empty-results.xml", "malformed.xml", "error-100.xml", "torznab-caps.xml", "login.html"];

    private static readonly string[] Insertions =
        ["<", ">", "&", "&amp;", "&#0;", "&#xD800;", "\"", "</item>", "<item>", "<title>", "</channel>", "]]>", "<![CDATA[", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "\0", "\uFFFE", "<torznab:attr name=\"size\" value=\"-1\"/>", "<torznab:attr name=\"seeders\" value=\"99999999999999\"/>", "<x:attr xmlns:x=\"u\" name=\"infohash\"/>"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Parse_RandomMutations_NeverThrowsNorHangs(int seed)
    {
        var random = new Random(seed);
        var sources = Fixtures.Select(f => Encoding.UTF8.GetBytes(FakeIndexer.Fixture(f))).ToArray();
        var parsedItems = 0;
        var work = Task.Run(() =>
        {
            for (var round = 0; round < 1500; round++)
            {
                var bytes = Mutate(random, sources[random.Next(sources.Length)]);
                var parsed = ResultsParser.Parse(new MemoryStream(bytes));
                Assert.NotNull(parsed.Items);
                Assert.True(parsed.Skipped >= 0);
                Assert.All(parsed.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
                parsedItems += parsed.Items.Count;
            }
        });

        // a guard against a hang, not a timing assertion: 1,500 parses take well under a second
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.True(finished == work, "the parser did not finish: a mutation made it hang");
        await work;
        Assert.True(parsedItems > 0, "no mutation left any item readable: the mutations are too destructive to test recovery");
    }

    private static byte[] Mutate(Random random, byte[] source)
    {
        var bytes = new List<byte>(source);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Insertions[random.Next(Insertions.Length)]));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    var other = random.Next(bytes.Count);
                    (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                    break;
            }
        }

        return [.. bytes];
    }
}
