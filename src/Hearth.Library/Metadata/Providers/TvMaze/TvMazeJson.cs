using System.Text.Json.Serialization;

namespace Hearth.Library.Metadata.Providers.TvMaze;

// The shapes of TVmaze's answers (www.tvmaze.com/api), only the fields Hearth reads. Names are camelCase;
// dates are "yyyy-MM-dd"; summaries are HTML.

internal sealed class TvMazeSearchHit
{
    public double? Score { get; set; }
    public TvMazeShow? Show { get; set; }
}

internal sealed class TvMazeShow
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public string? Type { get; set; }
    public string? Language { get; set; }
    public List<string>? Genres { get; set; }
    public string? Status { get; set; }
    public int? Runtime { get; set; }
    public int? AverageRuntime { get; set; }
    public string? Premiered { get; set; }
    public TvMazeRating? Rating { get; set; }
    public int? Weight { get; set; }
    public TvMazeChannel? Network { get; set; }
    public TvMazeChannel? WebChannel { get; set; }
    public TvMazeExternals? Externals { get; set; }
    public TvMazeImage? Image { get; set; }
    public string? Summary { get; set; }

    [JsonPropertyName("_embedded")]
    public TvMazeEmbedded? Embedded { get; set; }
}

internal sealed class TvMazeRating
{
    public double? Average { get; set; }
}

internal sealed class TvMazeChannel
{
    public int Id { get; set; }
    public string? Name { get; set; }
}

internal sealed class TvMazeExternals
{
    public int? Tvrage { get; set; }
    public int? Thetvdb { get; set; }
    public string? Imdb { get; set; }
}

internal sealed class TvMazeImage
{
    public string? Medium { get; set; }
    public string? Original { get; set; }
}

internal sealed class TvMazeEmbedded
{
    public List<TvMazeCastCredit>? Cast { get; set; }
}

internal sealed class TvMazeCastCredit
{
    public TvMazePerson? Person { get; set; }
    public TvMazePerson? Character { get; set; }
}

internal sealed class TvMazePerson
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public TvMazeImage? Image { get; set; }
}

internal sealed class TvMazeEpisode
{
    public int Id { get; set; }
    public string? Name { get; set; }
    public int Season { get; set; }

    /// <summary>Null for a special, which TVmaze files under the season it aired in.</summary>
    public int? Number { get; set; }

    public string? Type { get; set; }
    public string? Airdate { get; set; }
    public int? Runtime { get; set; }
    public TvMazeRating? Rating { get; set; }
    public TvMazeImage? Image { get; set; }
    public string? Summary { get; set; }
}

internal sealed class TvMazeSeason
{
    public int Id { get; set; }
    public int Number { get; set; }
    public string? Name { get; set; }
    public string? PremiereDate { get; set; }
    public TvMazeImage? Image { get; set; }
    public string? Summary { get; set; }
}

internal sealed class TvMazeShowImage
{
    public int Id { get; set; }

    /// <summary>poster, background, banner or typography.</summary>
    public string? Type { get; set; }

    public bool Main { get; set; }
    public TvMazeResolutions? Resolutions { get; set; }
}

internal sealed class TvMazeResolutions
{
    public TvMazeResolution? Original { get; set; }
}

internal sealed class TvMazeResolution
{
    public string? Url { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<TvMazeSearchHit>))]
[JsonSerializable(typeof(TvMazeShow))]
[JsonSerializable(typeof(List<TvMazeEpisode>))]
[JsonSerializable(typeof(List<TvMazeSeason>))]
[JsonSerializable(typeof(List<TvMazeShowImage>))]
internal sealed partial class TvMazeJsonContext : JsonSerializerContext;
