using Hearth.Core.Indexers;
using Hearth.Indexers.Newznab;

namespace Hearth.Indexers.Results;

/// <summary>
/// What a results document held: the good items, how many were skipped as malformed, the paging the
/// server reported, and an error document or a reason it was no RSS at all.
/// </summary>
public sealed record ParsedResults(
    IReadOnlyList<IndexerRelease> Items,
    int Skipped,
    int? Total,
    int? Offset,
    NewznabError? Error,
    string? Problem)
{
    /// <summary>The document was not RSS (an HTML login page, a caps document …), or was an error.</summary>
    public bool IsUsable => Error is null && Problem is null;
}
