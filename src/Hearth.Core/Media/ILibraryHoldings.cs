namespace Hearth.Core.Media;

/// <summary>Whether a title the library holds is a film or a show.</summary>
public enum HoldingKind
{
    Movie,
    Show,
}

/// <summary>
/// One file of a held title: its path and size, the picture's height where the file was read, and for a show the
/// season and episodes it holds.
/// </summary>
public sealed record HeldFile(string Path, long Size, int? Height, int? Season, IReadOnlyList<int> Episodes);

/// <summary>
/// A film or show in the library as the automation sees it: the ids it was matched by (NFOs, folder tags,
/// providers; keys as in <see cref="Metadata.ProviderIdNames"/>), its title and year, and its files.
/// </summary>
public sealed record HeldTitle(
    Guid ItemId,
    HoldingKind Kind,
    string Title,
    int? Year,
    IReadOnlyDictionary<string, string> ProviderIds,
    IReadOnlyList<HeldFile> Files);

/// <summary>
/// What is already on disk, from the library: the automation adopts it into its catalog so nothing held is
/// downloaded again. One call lists every film and show, so a library of 100,000 films costs two queries.
/// </summary>
public interface ILibraryHoldings
{
    Task<IReadOnlyList<HeldTitle>> ListAsync(CancellationToken cancellationToken);

    /// <summary>A number that moves whenever the library may hold something new (a scan finished); cheap to read often.</summary>
    long Version { get; }
}
