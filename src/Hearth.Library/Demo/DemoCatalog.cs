namespace Hearth.Library.Demo;

/// <summary>A person in a demo title's cast.</summary>
public sealed record DemoCastMember(string Name, string Role);

/// <summary>A demo movie: its metadata and how its clip and artwork look and sound.</summary>
public sealed record DemoMovie(
    string Title,
    int Year,
    string Plot,
    string Tagline,
    double Rating,
    IReadOnlyList<string> Genres,
    string Director,
    IReadOnlyList<DemoCastMember> Cast,
    string Extension,
    double Seconds,
    string VideoSource,
    double Frequency,
    (string From, string To) Colors,
    string? SecondAudioLanguage = null,
    bool HasExternalSubtitle = false,
    DemoEncoding? Encoding = null)
{
    public string FolderName => $"{Title} ({Year})";
}

/// <summary>
/// How a demo film is encoded when it is not the browser-friendly default (H.264 8-bit 4:2:0), and the
/// note its plot carries to say so, so a person knows why that one film is transcoded.
/// </summary>
public sealed record DemoEncoding(string VideoCodec, string PixelFormat, string Note);

/// <summary>A demo episode.</summary>
public sealed record DemoEpisode(int Season, int Number, string Title, string Plot, string Aired, double Seconds, double Frequency, bool HasThumb = false);

/// <summary>The demo show.</summary>
public sealed record DemoShow(
    string Title,
    int Year,
    string Plot,
    double Rating,
    IReadOnlyList<string> Genres,
    string Studio,
    IReadOnlyList<DemoCastMember> Cast,
    (string From, string To) Colors,
    IReadOnlyList<DemoEpisode> Episodes)
{
    public string FolderName => $"{Title} ({Year})";
}

/// <summary>
/// The titles of the demo library. All invented: no real film's name, plot or cast, so the demo never
/// looks like it ships someone else's work.
/// </summary>
public static class DemoCatalog
{
    public static IReadOnlyList<DemoMovie> Movies { get; } =
    [
        new(
            "The Lantern Road", 1948,
            "A night courier carries a single lantern across a sleeping valley and finds every village waiting for its light.",
            "Some roads are only walked at night.",
            7.4, ["Drama", "Adventure"], "Eleanor Whitcombe",
            [new("Arthur Penhallow", "The Courier"), new("Margaret Oakley", "Innkeeper Rose"), new("Samuel Drury", "The Miller")],
            ".mp4", 12, "testsrc2", 440, ("0x1d2b53", "0xf4a259"),
            SecondAudioLanguage: "fre", HasExternalSubtitle: true),
        new(
            "Clockwork Meadow", 1952,
            "A watchmaker's apprentice builds a garden of brass flowers that bloom on the hour, until one of them stops.",
            "Every minute grows something.",
            6.9, ["Family", "Fantasy"], "Howard Finch",
            [new("Lucy Ambrose", "Ada Wren"), new("Cedric Vale", "Master Holloway"), new("Iris Fairweather", "The Gardener")],
            ".mp4", 10, "smptehdbars", 523.25, ("0x2d6a4f", "0xd8f3dc")),
        new(
            "The Fractal Coast", 1961,
            "Two cartographers map a shoreline that grows longer every time they measure it.",
            "The closer you look, the further it goes.",
            7.8, ["Science Fiction", "Mystery"], "Theodora Quill",
            [new("Jonas Hartley", "Dr. Edwin Marsh"), new("Vivian Cole", "Dr. Helen Ashby"), new("Percival Stone", "The Lighthouse Keeper")],
            ".mkv", 9, "mandelbrot=maxiter=120", 329.63, ("0x3c096c", "0xff9e00"),
            Encoding: new("libx265", "yuv420p10le",
                "This demo film is HEVC 10-bit, which most browsers cannot decode, so Hearth transcodes it; the other demo films play as they are.")),
        new(
            "Lights of Cinder Street", 1937,
            "On the last night before the gas lamps are replaced, a lamplighter and a pickpocket trade places.",
            "One street. One night. Every light.",
            7.1, ["Comedy", "Romance"], "Walter Brindle",
            [new("Florence Ashdown", "Nell Tapper"), new("George Merriweather", "Mr. Ambrose Pike"), new("Harriet Lowe", "Constable Birch")],
            ".mp4", 8, "life=mold=10:ratio=0.3:life_color=gold:mold_color=0x7b2d26", 659.25, ("0x370617", "0xffba08")),
    ];

    public static DemoShow Show { get; } = new(
        "Harbour Lights", 1958,
        "The keepers, fishermen and stationmaster of a small harbour town, one quiet crisis a week.",
        8.1, ["Drama", "Comedy"], "Northlight Television",
        [new("Rosalind Carver", "Harbourmaster June Pell"), new("Thomas Whitley", "Father Ambrose"), new("Edith Marlow", "Mrs. Grace Tull")],
        ("0x023e8a", "0x90e0ef"),
        [
            new(1, 1, "The New Keeper", "A stranger arrives to keep the lighthouse, and the town decides not to like him.", "1958-09-12", 8, 392),
            new(1, 2, "Fog Bell", "The fog bell rings at noon on a clear day, and nobody admits to ringing it.", "1958-09-19", 7, 440, HasThumb: true),
            new(1, 3, "Low Tide", "The lowest tide in fifty years uncovers a rowing boat with a name everyone remembers.", "1958-09-26", 6, 493.88),
            new(2, 1, "The Regatta", "June enters the regatta to prove a point and forgets which point.", "1959-09-11", 7, 523.25),
            new(2, 2, "Winter Mail", "The mail boat is late, and so is everyone's Christmas.", "1959-09-18", 6, 587.33),
        ]);
}
