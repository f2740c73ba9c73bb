namespace Hearth.Library.Metadata;

/// <summary>Local artwork found beside media; absolute paths, null where there is none.</summary>
public sealed record Artwork(string? Poster, string? Backdrop, string? Thumb, string? Logo, string? Banner)
{
    public static Artwork None { get; } = new(null, null, null, null, null);
}
