using System.Text.Json.Serialization;

namespace Hearth.Releases;

/// <summary>
/// The JSON form of a parse result, generated at compile time (no reflection: trimming- and AOT-safe).
/// The CLI's --json and GET /api/v1/parse print the same shape.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ParsedRelease))]
public sealed partial class ReleaseJson : JsonSerializerContext;
