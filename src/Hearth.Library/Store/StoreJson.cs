using System.Text.Json.Serialization;

namespace Hearth.Library.Store;

/// <summary>Someone credited on an item, as stored in <see cref="Item.PeopleJson"/>.</summary>
public sealed record Person(string Name, string? Role, string Type);

[JsonSerializable(typeof(List<Person>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
public sealed partial class StoreJson : JsonSerializerContext;
