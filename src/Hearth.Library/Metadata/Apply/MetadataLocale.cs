using Microsoft.Extensions.Configuration;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// The household's language and country for metadata (<c>Metadata:Language</c>, <c>Metadata:Country</c>): which
/// titles, overviews and pictures to ask for, and whose certification to show.
/// </summary>
public sealed class MetadataLocale(IConfiguration configuration)
{
    public string Language => Value("Metadata:Language", "en-US");

    public string Country => Value("Metadata:Country", "US");

    private string Value(string key, string fallback) => configuration[key] is { Length: > 0 } v ? v.Trim() : fallback;
}
