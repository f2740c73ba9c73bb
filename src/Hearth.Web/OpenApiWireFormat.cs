using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hearth.Web;

/// <summary>
/// Makes the OpenAPI document describe the JSON the server really writes, so the web client's types, generated
/// from it (web/src/lib/api/schema.d.ts), are exact.
/// </summary>
internal static class OpenApiWireFormat
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddSchemaTransformer(NumbersAreNumbers);
        options.AddSchemaTransformer(EnumsAreStrings);
        options.AddDocumentTransformer(AnswersCarryEveryProperty);
    }

    /// <summary>
    /// The web defaults read numbers also from strings (<c>"42"</c>), so the generated schemas say
    /// <c>integer | string</c> with a digits pattern. That is a leniency in reading; the server always writes JSON
    /// numbers, and a client that sends numbers is always understood, so the document says number alone.
    /// </summary>
    private static Task NumbersAreNumbers(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>Enums travel as camelCase words (JsonStringEnumConverter); the schema lists them but names no type.</summary>
    private static Task EnumsAreStrings(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The server writes every property of what it answers, nulls included. A record whose properties have
    /// defaults gets them marked optional, which is true only of what the server reads; so a schema that only
    /// answers use lists all its properties as required, and one that a request also uses stays as it is.
    /// </summary>
    private static Task AnswersCarryEveryProperty(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        if (document.Components?.Schemas is not { } schemas)
        {
            return Task.CompletedTask;
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Reach(media.Schema, schemas, read);
            }

            foreach (var parameter in operation.Parameters ?? [])
            {
                Reach(parameter.Schema, schemas, read);
            }

            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values ?? []))
            {
                Reach(media.Schema, schemas, written);
            }
        }

        foreach (var name in written.Except(read))
        {
            if (schemas[name] is OpenApiSchema { Properties.Count: > 0 } schema)
            {
                schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in schema.Properties.Keys)
                {
                    schema.Required.Add(property);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds the names of the component schemas <paramref name="schema"/> reaches, itself included.</summary>
    private static void Reach(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> names)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            if (reference.Reference.Id is { } id && names.Add(id) && schemas.TryGetValue(id, out var target))
            {
                Reach(target, schemas, names);
            }

            return;
        }

        var parts = (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []);
        foreach (var part in parts.Append(schema.Items).Append(schema.AdditionalProperties))
        {
            Reach(part, schemas, names);
        }
    }
}
