using System.Security.Cryptography;
using System.Text;

namespace Hearth.Access.Sessions;

/// <summary>Random bearer secrets and the one-way form they are stored in.</summary>
public static class Tokens
{
    public const string SessionPrefix = "hs_";
    public const string ApiKeyPrefix = "hk_";

    public static string New(string prefix) => prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
