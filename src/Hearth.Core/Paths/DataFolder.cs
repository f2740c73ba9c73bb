namespace Hearth.Core.Paths;

/// <summary>
/// The layout of the data folder: every file Hearth writes lives under one root the user chose,
/// so a backup is one folder and two instances never share state by accident.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string LibraryDatabase => Path.Combine(Root, "library.db");

    public string AccessDatabase => Path.Combine(Root, "access.db");

    public string IndexersDatabase => Path.Combine(Root, "indexers.db");

    /// <summary>The automation's catalog: wanted movies and series, profiles, custom formats, history.</summary>
    public string AcquisitionDatabase => Path.Combine(Root, "acquisition.db");

    /// <summary>The key that seals indexer download links handed out by the hub (they can hold an indexer's API key).</summary>
    public string IndexersLinkKey => Path.Combine(Root, "indexers-link.key");

    /// <summary>The key roles running apart authenticate each other with (see <see cref="Roles.RoleKey"/>).</summary>
    public string RoleKey => Path.Combine(Root, "role.key");

    /// <summary>This server's own id, made once: what apps (the Jellyfin-compatible API) tell servers apart by.</summary>
    public string ServerId => Path.Combine(Root, "server-id");

    public string SetupToken => Path.Combine(Root, "setup-token");

    /// <summary>Settings written by the admin Settings page (environment variables HEARTH_Section__Key win over it).</summary>
    public string Settings => Path.Combine(Root, "settings.json");

    /// <summary>ASP.NET Core's data-protection key ring (owner-only: the keys are as secret as the stores).</summary>
    public string Keys => Path.Combine(Root, "keys");

    /// <summary>The profile of the qBittorrent Hearth runs itself (its settings, resume data and log).</summary>
    public string QBittorrent => Path.Combine(Root, "qbittorrent");

    /// <summary>Where the download client Hearth runs saves downloads, unless configured otherwise.</summary>
    public string Downloads => Path.Combine(Root, "downloads");

    public string Cache => Path.Combine(Root, "cache");

    public string ImageCache => Path.Combine(Cache, "images");

    public string Thumbnails => Path.Combine(Root, "metadata", "thumbnails");

    public string Demo => Path.Combine(Root, "demo");

    /// <summary>The default when no --data is given: $HEARTH_DATA, else XDG data home.</summary>
    public static string DefaultRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("HEARTH_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return fromEnv;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg, "hearth");
    }

    public void EnsureCreated()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Keys);
        if (!OperatingSystem.IsWindows())
        {
            // the folder holds password hashes and session tokens; the key ring is owner-only even if the root is opened up
            const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            File.SetUnixFileMode(Root, OwnerOnly);
            File.SetUnixFileMode(Keys, OwnerOnly);
        }

        Directory.CreateDirectory(Cache);
        Directory.CreateDirectory(ImageCache);
        Directory.CreateDirectory(Thumbnails);
    }
}
