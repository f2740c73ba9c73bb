using System.Text.Json.Serialization;
using Hearth.Jellyfin.Dtos;

namespace Hearth.Jellyfin.Json;

/// <summary>
/// Item pages written by generated code rather than by reflection: a page of a hundred items is the largest answer
/// apps ask for again and again, and writing it is a good part of a page the cache does not hold. The settings are
/// <see cref="JellyfinJson.Options"/>' (names as declared, nulls left out), so both write the same bytes.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(QueryResult<BaseItemDto>))]
[JsonSerializable(typeof(BaseItemDto))]
[JsonSerializable(typeof(UserItemDataDto))]
[JsonSerializable(typeof(object))]
internal sealed partial class JellyfinPageJson : JsonSerializerContext;
