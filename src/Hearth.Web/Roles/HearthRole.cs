namespace Hearth.Web.Roles;

/// <summary>
/// What one `hearth up` runs. <see cref="All"/> is the embedded default: every role in one process. The others
/// run one role alone, for a split deployment (acquire on another box, or inside the egress namespace).
/// </summary>
public enum HearthRole
{
    All,

    /// <summary>The library, streaming, accounts and the web client; the indexer routes go to an acquire role.</summary>
    Server,

    /// <summary>The indexer hub (and later the automation and downloads), reached only by a server with the role key.</summary>
    Acquire,

    /// <summary>The VPN tunnel with its kill switch, and its control API.</summary>
    Egress,
}

public static class HearthRoles
{
    public static bool TryParse(string text, out HearthRole role)
    {
        role = text.ToLowerInvariant() switch
        {
            "all" => HearthRole.All,
            "server" => HearthRole.Server,
            "acquire" => HearthRole.Acquire,
            "egress" => HearthRole.Egress,
            _ => (HearthRole)(-1),
        };
        return Enum.IsDefined(role);
    }

    public static string Name(HearthRole role) => role.ToString().ToLowerInvariant();
}
