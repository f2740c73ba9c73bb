namespace Hearth.Library.Metadata.Store;

/// <summary>
/// What a scan may write on one item, and what it records: a person's locks stop everything (NFO and name
/// alike); fields a provider filled stop only the name parsed from the file (a rescan keeps "Blade Runner"
/// rather than putting back what the file name said). The fields the NFO and local artwork supplied are
/// collected into <see cref="Local"/>, so a refresh knows to leave them.
/// </summary>
public sealed class FieldGuard(FieldSet locked, FieldSet provider, string? downloadedImages)
{
    /// <summary>No locks, nothing from a provider: a new item.</summary>
    public static FieldGuard None => new(FieldSet.Empty, FieldSet.Empty, null);

    private bool recordsLocal = true;

    public FieldSet Local { get; } = FieldSet.Empty;

    /// <summary>Whether a provider filled any field of the item.</summary>
    public bool HasProviderFields => provider.Names.Count > 0;

    /// <summary>
    /// The same rules for Hearth's own NFO copy: it may set what no person locked, and what it sets is not recorded as
    /// the folder's own, so a refresh may replace it as it would the provider's.
    /// </summary>
    public FieldGuard ForOwnCopy() => new(locked, provider, downloadedImages) { recordsLocal = false };

    /// <summary>Whether the NFO or local artwork may set the field (and then records that it did).</summary>
    public bool TakeLocal(string field)
    {
        if (locked.Has(field))
        {
            return false;
        }

        if (recordsLocal)
        {
            Local.Add(field);
        }

        return true;
    }

    /// <summary>Whether the file's name may set the field: not when a person or a provider set it.</summary>
    public bool MayName(string field) => !locked.Has(field) && !provider.Has(field);

    public bool IsLocked(string field) => locked.Has(field);

    /// <summary>Whether a picture is one Hearth downloaded (kept when the folder has no art of its own).</summary>
    public bool IsDownloaded(string? path) =>
        path is not null && downloadedImages is not null && path.StartsWith(downloadedImages, StringComparison.Ordinal);
}
