using Hearth.Library.Metadata.Providers;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// The household's language and country for metadata (<c>Metadata:Language</c>, <c>Metadata:Country</c>): which
/// titles, overviews and pictures to ask for, and whose certification to show. Read at each use, so a change in
/// Settings applies to the next refresh.
/// </summary>
public sealed class MetadataLocale(IOptionsMonitor<MetadataOptions> options)
{
    public string Language => options.CurrentValue.Language is { Length: > 0 } l ? l : "en-US";

    public string Country => options.CurrentValue.Country is { Length: > 0 } c ? c : "US";

    /// <summary>Whether a TMDB key is set (its value is never read out here).</summary>
    public bool HasTmdbKey => !string.IsNullOrWhiteSpace(options.CurrentValue.Tmdb.ApiKey);
}
