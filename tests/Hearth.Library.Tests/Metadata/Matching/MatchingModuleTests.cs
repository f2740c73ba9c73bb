using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hearth.Library.Tests.Metadata.Matching;

public sealed class MatchingModuleTests
{
    [Fact]
    public async Task AddMetadataMatching_ThresholdFromSettings_UsedByTheMatcher()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Metadata:Matching:Threshold"] = "0.95";
        var tmdb = new FakeProvider(ProviderIdNames.Tmdb);
        tmdb.Searches.Add((1980, [Candidates.Movie("348", "Alien", 1979)]));
        builder.Services.AddSingleton<IMovieMetadataProvider>(tmdb);
        builder.AddMetadataMatching();
        using var host = builder.Build();

        var matcher = host.Services.GetRequiredService<IMetadataMatcher>();
        var result = await matcher.MatchAsync(new MatchRequest(MetadataKind.Movie, "Alien", 1980, new Dictionary<string, string>()), "en-US", default);

        Assert.IsType<MetadataMatcher>(matcher);
        Assert.Equal(MatchStatus.Unmatched, result.Status);
        Assert.Contains("below 0.95", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMetadataMatching_ThresholdOutOfRange_RefusedAtStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration["Metadata:Matching:Threshold"] = "0.2";
        builder.AddMetadataMatching();
        using var host = builder.Build();

        var error = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MatchingOptions>>().Value);

        Assert.Contains("Metadata:Matching:Threshold", error.Message, StringComparison.Ordinal);
    }
}
