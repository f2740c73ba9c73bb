using System.Security.Cryptography;
using System.Text;
using Hearth.Access.Sessions;
using Hearth.Core.Paths;

namespace Hearth.Access.Setup;

/// <summary>
/// The one-time secret that lets the first person create the admin account: made when the server
/// starts with no users, kept in `&lt;data&gt;/setup-token` (owner-only), deleted once used.
/// </summary>
public sealed class SetupToken(DataFolder data)
{
    private readonly Lock gate = new();

    /// <summary>Held while a setup request checks the token and makes the admin.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Makes a token unless one is on disk already; answers it.</summary>
    public string Ensure()
    {
        lock (gate)
        {
            if (File.Exists(data.SetupToken))
            {
                var existing = File.ReadAllText(data.SetupToken).Trim();
                if (existing.Length > 0)
                {
                    return existing;
                }
            }

            var token = Tokens.New("setup_");
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // created owner-only, never readable by others even for a moment
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            // no byte-order mark: people paste this file's contents into a form or a curl command
            using (var writer = new StreamWriter(data.SetupToken, new UTF8Encoding(false), options))
            {
                writer.WriteLine(token);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(data.SetupToken, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return token;
        }
    }

    public bool Matches(string? candidate)
    {
        lock (gate)
        {
            if (candidate is null || !File.Exists(data.SetupToken))
            {
                return false;
            }

            var expected = Encoding.UTF8.GetBytes(File.ReadAllText(data.SetupToken).Trim());
            return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(candidate.Trim()));
        }
    }

    /// <summary>Deletes the token (no error when it is gone already).</summary>
    public void Consume()
    {
        lock (gate)
        {
            File.Delete(data.SetupToken);
        }
    }
}
