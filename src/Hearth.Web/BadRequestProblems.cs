using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace Hearth.Web;

/// <summary>
/// A request the endpoint could not read — JSON cut short or of the wrong type, a query value out of range, a
/// body that is not JSON — answers with the framework's status (400, 415, 413) and a ProblemDetails whose
/// <c>detail</c> says what was wrong and where, instead of a bare 400 a client has to guess at.
/// Minimal APIs throw these only with <c>RouteHandlerOptions.ThrowOnBadRequest</c> (set in <see cref="HearthDefaults"/>).
/// </summary>
internal sealed partial class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        // the exception handler has cleared the endpoint; its feature keeps the one that threw
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var body = endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Detail = Describe(bad, body) },
        }).ConfigureAwait(false);
    }

    /// <summary>What was wrong, in words: the JSON path and place, or the parameter and its value.</summary>
    /// <param name="body">The type the endpoint reads its body as, to name what a field takes.</param>
    internal static string Describe(BadHttpRequestException bad, Type? body)
    {
        if (bad.InnerException is JsonException json)
        {
            var where = json.Path is { Length: > 0 } path ? path : "$";
            var place = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : string.Empty;
            return $"The JSON body cannot be read at {where}{place}: {Reason(json, FieldType(body, where))}";
        }

        if (BindFailure().Match(bad.Message) is { Success: true } m)
        {
            var value = m.Groups["value"].Value;
            var shown = value.Length > 40 ? value[..40] + "…" : value;
            return $"The parameter '{m.Groups["name"].Value}' cannot be \"{shown}\": it takes {Words(m.Groups["type"].Value.TrimEnd('?'))}.";
        }

        return bad.Message;
    }

    // the reader's own sentence, without its "Path: … | LineNumber: …" tail (said above) and with words for .NET type names
    private static string Reason(JsonException json, Type? field)
    {
        var message = json.Message;
        var tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (tail < 0)
        {
            tail = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        message = tail >= 0 ? message[..tail] : message;
        // the reader names the type it was filling (for a record, the record), so the field's own type is looked up
        return ConvertFailure().IsMatch(message)
            ? field is null ? "the value is not of the type this field takes." : $"the value is not {Words(Nullable.GetUnderlyingType(field)?.Name ?? field.Name)}."
            : message;
    }

    /// <summary>The type of the field at a JSON path such as $.isAdmin or $.limits.perHour (array indexes skipped).</summary>
    private static Type? FieldType(Type? type, string path)
    {
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('[')[0];
            var property = type?.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            type = property?.PropertyType;
            if (type is not null && part.Contains('[', StringComparison.Ordinal))
            {
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            }
        }

        return type;
    }

    private static string Words(string type) => type.Replace("System.", string.Empty, StringComparison.Ordinal) switch
    {
        "Boolean" or "bool" => "true or false",
        "Int32" or "int" => "a whole number from -2147483648 to 2147483647",
        "Int64" or "long" => "a whole number from -9223372036854775808 to 9223372036854775807",
        "Double" or "double" or "Single" or "float" or "Decimal" or "decimal" => "a number",
        "Guid" => "an id (a GUID)",
        "String" or "string" => "a string",
        "DateTimeOffset" or "DateTime" => "a date and time (ISO 8601)",
        "TimeSpan" => "a duration (hh:mm:ss)",
        var other when other.StartsWith("Nullable`1[", StringComparison.Ordinal) => Words(other["Nullable`1[".Length..].TrimEnd(']')),
        var other when other.StartsWith("Nullable<", StringComparison.Ordinal) => Words(other["Nullable<".Length..].TrimEnd('>')),
        var other => $"a {other.Split('.')[^1]}",
    };

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>[^ ]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("^The JSON value could not be converted to (?<type>[^ ]+?)\\.?$")]
    private static partial Regex ConvertFailure();
}
