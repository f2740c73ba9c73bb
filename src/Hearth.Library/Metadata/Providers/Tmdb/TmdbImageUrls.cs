namespace Hearth.Library.Metadata.Providers.Tmdb;

/// <summary>What a TMDB image path is drawn at: a size the configuration offers, else the original.</summary>
internal enum TmdbImageKind
{
    Poster,
    Backdrop,
    Logo,
    Still,
    Profile,
    /// <summary>A poster in a list of search hits: smaller than the one kept.</summary>
    Thumbnail,
}

/// <summary>
/// Builds full image addresses from TMDB's <c>/configuration</c> (its secure base URL and the sizes it offers),
/// with a size per role that is sharp on a TV without being the multi-megabyte original: w780 posters, w1280
/// backdrops, w300 stills, w185 profiles, original logos (they are small and often transparent PNGs).
/// </summary>
internal sealed class TmdbImageUrls(TmdbImageConfiguration configuration)
{
    private readonly string baseUrl = (configuration.SecureBaseUrl ?? "https://image.tmdb.org/t/p/").TrimEnd('/') + "/";

    public string? Url(string? path, TmdbImageKind kind)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var (wanted, offered) = kind switch
        {
            TmdbImageKind.Poster => ("w780", configuration.PosterSizes),
            TmdbImageKind.Thumbnail => ("w342", configuration.PosterSizes),
            TmdbImageKind.Backdrop => ("w1280", configuration.BackdropSizes),
            TmdbImageKind.Still => ("w300", configuration.StillSizes),
            TmdbImageKind.Profile => ("w185", configuration.ProfileSizes),
            _ => ("original", configuration.LogoSizes),
        };
        var size = offered is { } sizes && sizes.Contains(wanted) ? wanted : "original";
        return baseUrl + size + "/" + path.TrimStart('/');
    }
}
