using System.Security.Cryptography;
using System.Text;

namespace Hearth.Core.Roles;

/// <summary>
/// The shared secret with which Hearth's roles (server, acquire, egress) authenticate each other when they run
/// apart. It lives in a file: the data folder's <c>role.key</c>, made on first use, or a file the user names
/// (<c>--role-key-file</c>) so roles on two machines can share one. There is no way to run a role without one.
/// </summary>
public sealed class RoleKey
{
    /// <summary>The request header that carries the key from one role to another.</summary>
    public const string Header = "X-Hearth-Role-Key";

    private readonly byte[] secret;

    private RoleKey(string text, string path)
    {
        secret = Encoding.ASCII.GetBytes(text);
        Path = path;
        Value = text;
    }

    /// <summary>Where the key was read from (said in errors, never the key itself).</summary>
    public string Path { get; }

    /// <summary>The key as sent in <see cref="Header"/>.</summary>
    public string Value { get; }

    /// <summary>Reads the key from <paramref name="path"/>; when <paramref name="create"/>, makes an owner-only one if there is none.</summary>
    /// <exception cref="InvalidOperationException">There is no usable key and none may be made.</exception>
    public static RoleKey Load(string path, bool create)
    {
        path = System.IO.Path.GetFullPath(path);
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path).Trim();
            return text.Length >= 32 && text.All(char.IsAsciiLetterOrDigit)
                ? new RoleKey(text, path)
                : throw new InvalidOperationException($"The role key in {path} is not one Hearth made (32 or more letters and digits); delete it to make a new one, or copy the other role's.");
        }

        if (!create)
        {
            throw new InvalidOperationException($"There is no role key at {path}: copy the one the other role made (role.key in its data folder), or name it with --role-key-file.");
        }

        var fresh = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new StreamWriter(new FileStream(path, options));
            file.Write(fresh + "\n");
        }
        catch (IOException) when (File.Exists(path))
        {
            // another role on this machine made it first: take theirs
            return Load(path, create: false);
        }

        return new RoleKey(fresh, path);
    }

    /// <summary>Compares in constant time, so the answer's timing tells nothing about the key.</summary>
    public bool Matches(string? offered) =>
        offered is not null && CryptographicOperations.FixedTimeEquals(secret, Encoding.ASCII.GetBytes(offered));
}
