using System.Text.Json.Serialization;
using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Store;

/// <summary>The JSON of <see cref="Library.Store.ItemMetadata"/>'s lists: the matcher's alternatives and the provider's pictures.</summary>
[JsonSerializable(typeof(List<MetadataCandidate>))]
[JsonSerializable(typeof(List<RemoteImage>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
public sealed partial class MetadataJson : JsonSerializerContext
{
    public static IReadOnlyList<RemoteImage> Images(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize(json, Default.ListRemoteImage) ?? [];

    public static IReadOnlyList<MetadataCandidate> Candidates(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize(json, Default.ListMetadataCandidate) ?? [];
}
