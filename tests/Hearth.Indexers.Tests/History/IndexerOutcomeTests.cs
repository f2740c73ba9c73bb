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
    public void Outcome_EveryFailure_KeepsTheWordItsKindAlwaysHad()
    {
        // the failure kinds' words, as the API and the history held them before outcomes had a type of their own
        string[] words = ["unreachable", "tls", "auth", "notTorznab", "timeout", "rateLimited", "httpError", "indexerError", "limitReached", "backingOff"];

        Assert.Equal(words, Enum.GetValues<IndexerOutcome>().Where(o => o is not (IndexerOutcome.Ok or IndexerOutcome.Skipped)).Select(o => o.Text()));
        Assert.False(IndexerException.IsFailure(IndexerOutcome.Ok));
        Assert.False(IndexerException.IsFailure(IndexerOutcome.Skipped));
        Assert.False(IndexerException.IsFailure(IndexerOutcome.LimitReached));
        Assert.True(IndexerException.IsFailure(IndexerOutcome.Timeout));
    }
}
