namespace Hearth.Core.Access;

/// <summary>The libraries that exist, as Access needs them to grant access (Library implements it).</summary>
public interface ILibraryDirectory
{
    Task<bool> ExistsAsync(Guid libraryId, CancellationToken cancellationToken);
}
