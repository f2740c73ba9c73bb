using Hearth.Core.Metadata;

namespace Hearth.Library.Tests.Metadata.Matching;

/// <summary>Search hits as a provider would return them, for the matching tests.</summary>
internal static class Candidates
{
    public static MetadataCandidate Movie(string id, string title, int? year, string? original = null, double? popularity = null, params string[] alternatives) =>
        new(ProviderIdNames.Tmdb, id, MetadataKind.Movie, title, original, alternatives, year, null, null, popularity);

    public static MetadataCandidate Show(string provider, string id, string title, int? year, double? popularity = null) =>
        new(provider, id, MetadataKind.Show, title, null, [], year, null, null, popularity);
}
