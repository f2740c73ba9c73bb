using Hearth.Core.Settings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hearth.Library.Metadata.Matching;

public static class MatchingModule
{
    /// <summary>The matcher (<see cref="IMetadataMatcher"/>) over whatever movie and show providers are registered; its threshold from <c>Metadata:Matching</c>.</summary>
    public static IHostApplicationBuilder AddMetadataMatching(this IHostApplicationBuilder builder)
    {
        builder.BindSettings<MatchingOptions>(MatchingOptions.Section);
        builder.Services.TryAddSingleton<IMetadataMatcher, MetadataMatcher>();
        return builder;
    }
}
