namespace Hearth.Library.Store;

/// <summary>Where an item stands with the online providers. Stored as its number.</summary>
public enum MatchState
{
    /// <summary>Not asked yet: a new item, or one queued for a refresh.</summary>
    Pending = 0,

    Matched = 1,

    /// <summary>The providers answered and nothing was good enough: a person picks.</summary>
    Unmatched = 2,

    /// <summary>The providers could not be asked or failed; tried again at <see cref="ItemMetadata.RetryAtMs"/>.</summary>
    Failed = 3,
}

/// <summary>
/// An item's online-metadata record, 1:1 with <see cref="Item"/> and apart from it: the list pages read the
/// items table at 100,000 rows, and none of this is shown there. Movies and shows get one when first imported
/// (state Pending); seasons and episodes only when something about them needs keeping (locks, NFO fields).
/// Field names in the three field lists are those of <see cref="Metadata.Store.MetadataFields"/>, joined by '|'.
/// </summary>
public sealed class ItemMetadata
{
    public Guid ItemId { get; set; }

    /// <summary>The item's library, so the refresh queue finds a library's pending items with one index range.</summary>
    public Guid LibraryId { get; set; }

    public MatchState State { get; set; }

    /// <summary>True when a person chose the match (identify): a refresh keeps it and never re-matches.</summary>
    public bool MatchedByPerson { get; set; }

    /// <summary>The provider of the match (<c>tmdb</c>, <c>tvmaze</c>) and its id there.</summary>
    public string? Provider { get; set; }

    public string? ProviderId { get; set; }

    /// <summary>0..1, as the matcher scored the match.</summary>
    public double? Confidence { get; set; }

    /// <summary>The sentence a person reads: why this match, why none, or what failed.</summary>
    public string? Reason { get; set; }

    /// <summary>The last provider call's outcome, as <see cref="Hearth.Core.Metadata.ProviderOutcome"/>'s camelCase word.</summary>
    public string? LastOutcome { get; set; }

    public long? RefreshedMs { get; set; }

    /// <summary>When a Failed item is tried again (back-off doubling from minutes, capped at hours).</summary>
    public long? RetryAtMs { get; set; }

    /// <summary>Failures in a row, for the back-off; zero after a provider answered.</summary>
    public int Attempts { get; set; }

    /// <summary>The matcher's best candidates (JSON), shown in the identify dialog.</summary>
    public string? AlternativesJson { get; set; }

    /// <summary>The provider's pictures for this item (JSON): the picker's list, and the only URLs it may download.</summary>
    public string? RemoteImagesJson { get; set; }

    /// <summary>Fields a person edited: neither a refresh nor a rescan's NFO changes them.</summary>
    public string? LockedFields { get; set; }

    /// <summary>Fields the local NFO or local artwork supplied at the last scan: a refresh leaves them alone.</summary>
    public string? LocalFields { get; set; }

    /// <summary>Fields a provider filled: a rescan keeps them rather than putting back the name parsed from the file.</summary>
    public string? ProviderFields { get; set; }

    public Guid? CollectionId { get; set; }
}

/// <summary>A film collection from a provider ("Blade Runner Collection"); its films point at it through <see cref="ItemMetadata.CollectionId"/>.</summary>
public sealed class Collection
{
    public Guid Id { get; set; }

    public required string Provider { get; set; }

    public required string ProviderId { get; set; }

    public required string Name { get; set; }

    public string? Overview { get; set; }

    /// <summary>Downloaded artwork under the data folder, or null.</summary>
    public string? PosterPath { get; set; }

    public string? BackdropPath { get; set; }

    public long DateModifiedMs { get; set; }
}
