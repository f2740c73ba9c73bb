using System.Text.Json;
using System.Text.Json.Serialization;
using Hearth.Core.Indexers;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Tests.History;

public sealed class IndexerOutcomeTests
{
    [Fact]
    public void Text_EveryOutcome_ReadsBackAsItself()
    {
        foreach (var outcome in Enum.GetValues<IndexerOutcome>())
        {
            Assert.Equal(outcome, IndexerOutcomes.Parse(outcome.Text()));
        }
    }

    [Fact]
    public void Text_EveryOutcome_IsTheWordTheApiWrites()
    {
        var json = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        foreach (var outcome in Enum.GetValues<IndexerOutcome>())
        {
            Assert.Equal($"\"{outcome.Text()}\"", JsonSerializer.Serialize(outcome, json));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ok")]
    [InlineData("rate_limited")]
    [InlineData("3")]
    public void Parse_NotAnOutcomeWord_Throws(string text) =>
        Assert.Throws<FormatException>(() => IndexerOutcomes.Parse(text));

    [Fact]
    public void Outcome_EveryFailureKind_HasTheOutcomeOfItsWordAndBack()
    {
        foreach (var kind in Enum.GetValues<IndexerFailureKind>())
        {
            // the word IndexerLimiter.JsonName wrote for the kind before outcomes had a type of their own
            Assert.Equal(char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..], kind.Outcome().Text());
            Assert.Equal(kind, kind.Outcome().FailureKind());
        }

        Assert.Null(IndexerOutcome.Ok.FailureKind());
        Assert.Null(IndexerOutcome.Skipped.FailureKind());
    }
}
