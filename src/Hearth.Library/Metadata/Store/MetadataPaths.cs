using Hearth.Core.Paths;

namespace Hearth.Library.Metadata.Store;

/// <summary>Where downloaded metadata lives in the data folder: <c>&lt;data&gt;/metadata/images/…</c>, one file per picture.</summary>
public sealed class MetadataPaths(DataFolder data)
{
    /// <summary>The folder of every downloaded picture, ending in a separator so a prefix test cannot match a sibling.</summary>
    public string Images { get; } = Path.Combine(data.Root, "metadata", "images") + Path.DirectorySeparatorChar;

    /// <summary>Where a picture of an item (or collection) is kept: one file per owner and role, named by the URL's hash so a new choice is a new file.</summary>
    public string ImageFor(Guid owner, string role, string url)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url)))[..16].ToLowerInvariant();
        var extension = Path.GetExtension(new Uri(url).AbsolutePath) is { Length: > 1 and <= 5 } ext ? ext.ToLowerInvariant() : ".jpg";
        var id = owner.ToString("N");
        return Path.Combine(Images, id[..2], id, $"{role}-{hash}{extension}");
    }

    public bool IsDownloaded(string? path) => path is not null && path.StartsWith(Images, StringComparison.Ordinal);
}
