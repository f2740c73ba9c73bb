using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Refresh;

namespace Hearth.Library.Metadata.Api;

/// <summary>
/// An item's online-metadata record: its state (pending, matched, unmatched, failed), the match, why, the last
/// provider outcome, the fields a person locked and those the local NFO or artwork supplied, and the alternatives
/// the identify dialog offers.
/// </summary>
public sealed record ItemMetadataDto(
    Guid ItemId,
    string State,
    string? Provider,
    string? ProviderId,
    double? Confidence,
    string? Reason,
    string? LastOutcome,
    long? RefreshedMs,
    long? RetryAtMs,
    bool MatchedByPerson,
    IReadOnlyList<string> LockedFields,
    IReadOnlyList<string> LocalFields,
    IReadOnlyList<MetadataCandidate> Alternatives);

/// <summary>What the identify dialog searches for; the item's own title and year when left out.</summary>
public sealed record IdentifySearch(string? Title, int? Year);

/// <summary>The match a person chose: a provider and its id, or an id another provider gives (IMDb, TVDB, TMDB).</summary>
public sealed record IdentifyRequest(string? Provider, string? Id, string? Imdb, string? Tvdb, string? Tmdb);

/// <summary>
/// A person's edit of an item's fields; absent fields stay as they are, every given one is locked against later
/// refreshes and rescans. <c>Unlock</c> names fields to release (title, sortTitle, overview, poster, …).
/// <c>Premiered</c> is yyyy-MM-dd.
/// </summary>
public sealed record MetadataEdit(
    string? Title,
    string? SortTitle,
    string? OriginalTitle,
    int? Year,
    string? Overview,
    string? Tagline,
    IReadOnlyList<string>? Genres,
    IReadOnlyList<string>? Studios,
    double? Rating,
    string? OfficialRating,
    string? Premiered,
    IReadOnlyList<string>? Unlock);

/// <summary>A picture the provider listed for this item, to download and use.</summary>
public sealed record ChooseImage(string? Url);

/// <summary>An item that needs a person: not matched, or failing, with the reason.</summary>
public sealed record UnmatchedDto(Guid ItemId, Guid LibraryId, string Kind, string Title, int? Year, string State, string? Reason, string? LastOutcome, long? RetryAtMs);

/// <summary>The providers' health and each library's refresh progress.</summary>
public sealed record MetadataStatusDto(IReadOnlyList<ProviderState> Providers, IReadOnlyList<RefreshProgress> Libraries);

/// <summary>A collection ("Blade Runner Collection") and how many of its films the caller can see.</summary>
public sealed record CollectionDto(Guid Id, string Name, string? Overview, string Provider, string ProviderId, int ItemCount, bool HasPoster, bool HasBackdrop);

public sealed record CollectionDetail(CollectionDto Collection, IReadOnlyList<Items.ItemSummary> Items);

/// <summary>The collection an item belongs to, as its detail shows it.</summary>
public sealed record CollectionRef(Guid Id, string Name);
