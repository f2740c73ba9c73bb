namespace Hearth.Web;

/// <summary>A library folder given on the command line, as `movies:PATH` or `shows:PATH`.</summary>
public sealed record LibrarySeed(string Kind, string Path)
{
    public static bool TryParse(string text, out LibrarySeed? seed, out string? problem)
    {
        seed = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? text[..colon].Trim().ToLowerInvariant() : string.Empty;
        if (kind is not ("movies" or "shows"))
        {
            problem = $"--library takes movies:PATH or shows:PATH, not '{text}'";
            return false;
        }

        var path = text[(colon + 1)..].Trim();
        if (path.Length == 0)
        {
            problem = $"--library {kind}: needs a folder after the colon";
            return false;
        }

        seed = new LibrarySeed(kind, System.IO.Path.GetFullPath(path));
        problem = null;
        return true;
    }
}

public sealed record ServerSettings
{
    public required string Data { get; init; }

    /// <summary>Loopback unless the user chooses otherwise: nothing listens where it was not asked to.</summary>
    public string Bind { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 8096;

    /// <summary>Reverse proxies (addresses or networks) whose X-Forwarded-* headers are believed; none by default.</summary>
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    public IReadOnlyList<LibrarySeed> Libraries { get; init; } = [];

    /// <summary>Make and add the demo library when the server has no library at all.</summary>
    public bool Demo { get; init; } = true;

    /// <summary>The built web client (index.html and its assets); by default the copy beside the program.</summary>
    public string WebRoot { get; init; } = System.IO.Path.Combine(AppContext.BaseDirectory, "webroot");

    /// <summary>
    /// The egress role, already started (`hearth up --vpn`): its control API and metrics are served, and the
    /// server also listens on the host end of the namespace's link so acquire inside can reach it.
    /// </summary>
    public Hearth.Egress.EgressController? Egress { get; init; }

    /// <summary>Which role this process runs; every role in one process by default.</summary>
    public Roles.HearthRole Role { get; init; } = Roles.HearthRole.All;

    /// <summary>Where the acquire role answers, for the server role alone (`--acquire URL`).</summary>
    public Uri? Acquire { get; init; }

    /// <summary>Where the server answers, for the acquire role alone (`--server URL`): its health says whether it reaches it.</summary>
    public Uri? Server { get; init; }

    /// <summary>The role key's file (`--role-key-file`); by default role.key in the data folder.</summary>
    public string? RoleKeyFile { get; init; }

    /// <summary>
    /// Run Hearth's own qBittorrent where acquire runs (`hearth up` does, unless Acquisition:Managed:Enabled is false;
    /// test servers do not unless they ask).
    /// </summary>
    public bool ManagedClient { get; init; }

    /// <summary>Extra configuration (tests shorten the watcher's debounce, say).</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();
}
