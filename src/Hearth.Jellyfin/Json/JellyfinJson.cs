using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hearth.Jellyfin.Json;

/// <summary>
/// Jellyfin's wire format: PascalCase names as the DTOs declare them, enums as their names, nulls left out (as
/// Jellyfin writes them), and names read in any case (apps send PascalCase, some camelCase).
/// </summary>
public static class JellyfinJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonHttpResult<T> Ok<T>(T value) => TypedResults.Json(value, Options);

    /// <summary>
    /// The request's JSON body as <typeparamref name="T"/>, or the reason it is not one (a 400 the client can read):
    /// a malformed body never reaches a handler, and never becomes a 500.
    /// </summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return (null, null);
        }

        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(request.Body, Options, request.HttpContext.RequestAborted).ConfigureAwait(false), null);
        }
        catch (JsonException e)
        {
            return (null, BadRequest($"The body is not the JSON this route takes: {e.Message}"));
        }
    }

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
