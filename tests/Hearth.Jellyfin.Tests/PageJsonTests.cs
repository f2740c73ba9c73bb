using System.Collections;
using System.Text.Json;
using Hearth.Jellyfin.Dtos;
using Hearth.Jellyfin.Json;

namespace Hearth.Jellyfin.Tests;

/// <summary>The generated writer of item pages must write the very bytes the reflection writer does.</summary>
public sealed class PageJsonTests
{
    [Fact]
    public void GeneratedWriter_EveryFieldSet_SameBytesAsReflection()
    {
        var full = Filled(new BaseItemDto { Name = "Blade Runner", ServerId = "s", Id = "i", Type = "Movie" });
        var bare = new BaseItemDto { Name = "Bare", ServerId = "s", Id = "j", Type = "Movie" };
        var page = new QueryResult<BaseItemDto>([full, bare], 2, 0);

        var generated = JsonSerializer.Serialize(page, JellyfinPageJson.Default.QueryResultBaseItemDto);
        var reflected = JsonSerializer.Serialize(page, JellyfinJson.Options);

        Assert.Equal(reflected, generated);
        // and the filler reached every property: none of the full item's is left out
        var written = JsonDocument.Parse(generated).RootElement.GetProperty("Items")[0].EnumerateObject().Select(p => p.Name).ToHashSet();
        var declared = typeof(BaseItemDto).GetProperties().Select(p => p.Name).ToHashSet();
        Assert.Empty(declared.Except(written));
        Assert.DoesNotContain("Etag", JsonDocument.Parse(generated).RootElement.GetProperty("Items")[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ItemPage_KeptItemsWithUserDataPutIn_SameJsonAsTheWholePage()
    {
        var full = Filled(new BaseItemDto { Name = "Blade Runner", ServerId = "s", Id = "i", Type = "Movie" });
        var bare = new BaseItemDto { Name = "Bare", ServerId = "s", Id = "j", Type = "Movie" };
        var page = new QueryResult<BaseItemDto>([full, bare], 1234, 1200);

        var written = ItemPageJson.Page([(ItemPageJson.Item(full), full.UserData), (ItemPageJson.Item(bare), null)], 1234, 1200);

        Assert.NotNull(full.UserData);
        Assert.DoesNotContain("UserData", System.Text.Encoding.UTF8.GetString(ItemPageJson.Item(full)), StringComparison.Ordinal);
        Assert.Equal(Sorted(JsonSerializer.SerializeToNode(page, JellyfinJson.Options)), Sorted(System.Text.Json.Nodes.JsonNode.Parse(written)));
    }

    // the same JSON with every object's names in order: the kept page writes user data last
    private static string Sorted(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Sorted(p.Value))) + "}",
        System.Text.Json.Nodes.JsonArray a => "[" + string.Join(",", a.Select(Sorted)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };

    // every settable property of a DTO given a value of its type, records and lists included
    private static T Filled<T>(T dto)
        where T : class
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite && p.GetValue(dto) is null or IEnumerable { } and not string && Empty(p.GetValue(dto))))
        {
            property.SetValue(dto, Sample(property.PropertyType, property.Name));
        }

        return dto;
    }

    private static bool Empty(object? value) => value is null || (value is IEnumerable e and not string && !e.Cast<object>().Any());

    private static object? Sample(Type type, string name)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (inner == typeof(string))
        {
            return name + "-value";
        }

        if (inner == typeof(int))
        {
            return 7;
        }

        if (inner == typeof(long))
        {
            return 70_000_000L;
        }

        if (inner == typeof(double))
        {
            return 0.5;
        }

        if (inner == typeof(float))
        {
            return 7.5f;
        }

        if (inner == typeof(bool))
        {
            return true;
        }

        if (inner == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 12, 6, 21, 50, 50, 116, TimeSpan.Zero);
        }

        if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
        {
            var args = inner.GetGenericArguments();
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            map.Add("Primary", Sample(args[1], name));
            return map;
        }

        if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = inner.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(element == typeof(object) ? "value" : Sample(element, name));
            return list;
        }

        if (inner == typeof(NameGuidPair))
        {
            return new NameGuidPair("Drama", "g");
        }

        if (inner == typeof(BaseItemPerson))
        {
            return new BaseItemPerson("Harrison Ford", "p", "Deckard", "Actor", "t");
        }

        if (inner == typeof(UserItemDataDto))
        {
            return new UserItemDataDto(1, 2, true, false, "k", "i", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), 12.5, 3, true, 8);
        }

        if (inner == typeof(MediaSourceInfo))
        {
            return Filled(new MediaSourceInfo { Id = "m" });
        }

        if (inner == typeof(MediaStream))
        {
            return Filled(new MediaStream { Type = "Video", Index = 0 });
        }

        throw new InvalidOperationException($"No sample for {type} ({name}): add one, so the test covers it.");
    }
}
