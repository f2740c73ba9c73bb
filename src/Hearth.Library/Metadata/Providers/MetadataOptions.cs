using System.ComponentModel.DataAnnotations;

namespace Hearth.Library.Metadata.Providers;

/// <summary>
/// Settings of the online metadata providers (section <c>Metadata</c>). The base URLs are settings so tests and a
/// household's own mirror can stand in for the real services.
/// </summary>
public sealed class MetadataOptions : IValidatableObject
{
    public const string Section = "Metadata";

    /// <summary>A language tag as the settings and a library's own language take it ("en-US", "de", "pt-BR").</summary>
    public const string LanguageTagPattern = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";

    public TmdbSettings Tmdb { get; set; } = new();

    public TvMazeSettings TvMaze { get; set; } = new();

    /// <summary>The household's language (BCP 47, "en-US") when a caller names none.</summary>
    [Required]
    [RegularExpression(LanguageTagPattern, ErrorMessage = "a language tag such as en-US or de is needed")]
    public string Language { get; set; } = "en-US";

    /// <summary>Languages whose artwork is taken when the household's language has none, in order (textless art always is).</summary>
    public string[] ImageLanguages { get; set; } = ["en"];

    /// <summary>The country whose certification (rating) is shown first (ISO 3166-1, "US", "DE").</summary>
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "a two-letter country code such as US or DE is needed")]
    public string Country { get; set; } = "US";

    /// <summary>Requests in flight at once to one provider, however many refreshes run.</summary>
    [Range(1, 32)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>How long a provider's answer is kept on disk and used instead of asking again. Zero turns the cache off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long "no such thing" (a 404) is remembered: short, since a new title appears at the provider soon after release.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan NotFoundTtl { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long one attempt of one request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a request that failed in a way that may pass (408, 429, 5xx, a dropped connection).</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 3;

    /// <summary>The first wait before a retry; later ones grow exponentially, with jitter, unless the provider says how long (Retry-After).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest Retry-After Hearth waits for; a provider asking for more is left alone and the call ends as rate limited.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long asking a provider pauses once most of its recent requests failed (the circuit breaker).</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // nested sections are not walked by the validator: their URLs are checked here, named as Section:Key
        if (!IsHttpUrl(Tmdb.BaseUrl))
        {
            yield return new ValidationResult("Tmdb:BaseUrl must be an absolute http(s) address", [nameof(Tmdb)]);
        }

        if (!IsHttpUrl(TvMaze.BaseUrl))
        {
            yield return new ValidationResult("TvMaze:BaseUrl must be an absolute http(s) address", [nameof(TvMaze)]);
        }

        foreach (var (name, rate) in new[] { ("Tmdb", Tmdb.RequestsPer10Seconds), ("TvMaze", TvMaze.RequestsPer10Seconds) })
        {
            if (rate is < 0 or > 10_000)
            {
                yield return new ValidationResult($"{name}:RequestsPer10Seconds must be 0 (no limit) to 10000", [name]);
            }
        }
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

public sealed class TmdbSettings
{
    /// <summary>A v3 API key (sent as the api_key parameter) or a v4 read access token (a JWT, sent as a bearer token). Never logged.</summary>
    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.themoviedb.org/3";

    /// <summary>Requests started in any 10 seconds; 0 for no limit but the concurrency (TMDB allows about 50 a second).</summary>
    [Range(0, 10_000)]
    public int RequestsPer10Seconds { get; set; }

    /// <summary>Keeps the key out of anything that prints the settings.</summary>
    public override string ToString() => $"TMDB at {BaseUrl}, key {(string.IsNullOrWhiteSpace(ApiKey) ? "not set" : "set")}";
}

public sealed class TvMazeSettings
{
    public string BaseUrl { get; set; } = "https://api.tvmaze.com";

    /// <summary>Requests started in any 10 seconds: TVmaze documents 20 per 10 seconds per address, and answers 429 above it.</summary>
    [Range(0, 10_000)]
    public int RequestsPer10Seconds { get; set; } = 20;

    public override string ToString() => $"TVmaze at {BaseUrl}";
}
