using System.Text.Json.Serialization;

namespace Hearth.Library.Probing;

/// <summary>
/// Source-generated serializer for the stored media info: no reflection at runtime (trim-safe), and enums
/// as strings so a stored row stays readable and survives reordering the enum.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(MediaInfo))]
public sealed partial class MediaInfoJsonContext : JsonSerializerContext;
