using System.Buffers.Text;
using System.Security.Claims;
using System.Text.Json;
using Hearth.Core.Access;

namespace Hearth.Core.Roles;

/// <summary>
/// Who the server signed in, as it tells another role in a header beside the role key: the other role has no
/// accounts of its own and believes this only from a request that carries the key.
/// </summary>
public static class ForwardedCaller
{
    public const string Header = "X-Hearth-Caller";

    /// <summary>The caller's claims as one header value (base64url of a JSON array of type/value pairs: names may be any script).</summary>
    public static string Write(ClaimsPrincipal principal)
    {
        var pairs = principal.Claims
            .Where(c => c.Type.StartsWith("hearth:", StringComparison.Ordinal) || c.Type == ClaimTypes.Name)
            .Select(c => new[] { c.Type, c.Value })
            .ToArray();
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(pairs, CallerJson.Default.StringArrayArray));
    }

    /// <summary>The principal a header value describes; null when it is not one <see cref="Write"/> made.</summary>
    public static ClaimsPrincipal? Read(string value, string scheme)
    {
        string[][]? pairs;
        try
        {
            pairs = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(value), CallerJson.Default.StringArrayArray);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }

        if (pairs is null || pairs.Any(p => p is not { Length: 2 }))
        {
            return null;
        }

        var claims = pairs.Select(p => new Claim(p[0], p[1])).ToList();
        if (!claims.Any(c => c.Type == CallerAccess.UserIdClaim && Guid.TryParse(c.Value, out _)))
        {
            return null;
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string[][]))]
internal sealed partial class CallerJson : System.Text.Json.Serialization.JsonSerializerContext;
