using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Hearth.Access.Passwords;

/// <summary>
/// Argon2id in the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash), by default with OWASP's
/// recommended minimum cost (19 MiB, 2 passes, 1 lane; <see cref="AccessOptions"/>). Parameters travel
/// with each hash, so raising them later leaves old hashes verifiable.
/// </summary>
public sealed class PasswordHasher(IOptions<AccessOptions> options)
{
    public const int Lanes = 1;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var (memory, iterations) = (options.Value.PasswordMemoryKiB, options.Value.PasswordIterations);
        var hash = Compute(password, salt, memory, iterations, Lanes, HashBytes);
        return $"$argon2id$v=19$m={memory},t={iterations},p={Lanes}${B64(salt)}${B64(hash)}";
    }

    public bool Verify(string password, string encoded)
    {
        if (string.IsNullOrEmpty(password))
        {
            // Argon2 takes no empty input, and no account has an empty password
            return false;
        }

        var parts = encoded.Split('$');
        if (parts.Length != 6 || parts[1] != "argon2id" || parts[2] != "v=19")
        {
            return false;
        }

        var settings = parts[3].Split(',').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var salt = FromB64(parts[4]);
        var expected = FromB64(parts[5]);
        var actual = Compute(password, salt, settings["m"], settings["t"], settings["p"], expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Compute(string password, byte[] salt, int memoryKiB, int iterations, int lanes, int length)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = memoryKiB,
            Iterations = iterations,
            DegreeOfParallelism = lanes,
        };
        return argon.GetBytes(length);
    }

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static byte[] FromB64(string text) => Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
}
