using System.Text.Json.Serialization;

namespace Hearth.Library.Store;

/// <summary>
/// Someone credited on an item, as stored in <see cref="Item.PeopleJson"/>. <paramref name="PhotoUrl"/> is the
/// provider's picture of them; rows stored before it existed read with none.
/// </summary>
public sealed record Person(string Name, string? Role, string Type, string? PhotoUrl = null);

[JsonSerializable(typeof(List<Person>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class StoreJson : JsonSerializerContext;
