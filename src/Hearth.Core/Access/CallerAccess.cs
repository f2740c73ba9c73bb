using System.Security.Claims;

namespace Hearth.Core.Access;

/// <summary>
/// Who is calling and which libraries they may see: the contract between Access (which signs people in)
/// and the contexts that serve content, carried as claims on the request's principal.
/// </summary>
public sealed record CallerAccess(Guid UserId, string Name, bool IsAdmin, bool AllLibraries, IReadOnlySet<Guid> Libraries, bool MayUseIndexers = false)
{
    public const string UserIdClaim = "hearth:uid";
    public const string AdminClaim = "hearth:admin";
    public const string AllLibrariesClaim = "hearth:all-libraries";
    public const string LibraryClaim = "hearth:library";
    public const string IndexersClaim = "hearth:indexers";
    public const string AdminPolicy = "hearth-admin";

    /// <summary>Searching and grabbing spend the household's tracker limits: admins, and whom an admin allowed.</summary>
    public const string IndexersPolicy = "hearth-indexers";

    public bool CanSee(Guid libraryId) => IsAdmin || AllLibraries || Libraries.Contains(libraryId);

    /// <summary>True for admins, and for people an admin allowed to search indexers and grab.</summary>
    public bool CanUseIndexers => IsAdmin || MayUseIndexers;

    /// <summary>Null when every library is visible, else the ids to filter by.</summary>
    public IReadOnlySet<Guid>? LibraryFilter => IsAdmin || AllLibraries ? null : Libraries;

    public static CallerAccess FromPrincipal(ClaimsPrincipal principal)
    {
        var id = principal.FindFirst(UserIdClaim)?.Value
            ?? throw new InvalidOperationException("the request is not signed in");
        var libraries = principal.FindAll(LibraryClaim).Select(c => Guid.Parse(c.Value)).ToHashSet();
        return new CallerAccess(
            Guid.Parse(id),
            principal.Identity?.Name ?? string.Empty,
            principal.HasClaim(AdminClaim, "true"),
            principal.HasClaim(AllLibrariesClaim, "true"),
            libraries,
            principal.HasClaim(IndexersClaim, "true"));
    }
}
