namespace Hearth.Jellyfin.Dtos;

/// <summary>Jellyfin's paged list: the page, the total the query matches, and where the page starts.</summary>
public sealed record QueryResult<T>(IReadOnlyList<T> Items, int TotalRecordCount, int StartIndex)
{
    public static QueryResult<T> Empty { get; } = new([], 0, 0);
}
