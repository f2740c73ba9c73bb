using System.Text;

namespace Hearth.Bench;

/// <summary>
/// Writes a Movies tree laid out as Plex and Radarr users keep it: one folder per movie, the movie
/// inside, and now and then a trailer, an NFO, artwork and a subtitle, so the walk meets the same mix
/// of video and non-video names a real library has. Files hold a few bytes (the scan never reads them
/// when the prober is fake) and their sizes differ so size comparisons are not trivially equal.
/// </summary>
public static class TreeMaker
{
    private static readonly string[] Adjectives =
    [
        "Silent", "Broken", "Golden", "Last", "Hidden", "Crimson", "Northern", "Long", "Lost", "Bright",
        "Quiet", "Wild", "Iron", "Second", "Distant", "Hollow", "Burning", "Frozen", "Little", "Endless",
    ];

    private static readonly string[] Nouns =
    [
        "River", "Harbour", "Summer", "Kingdom", "Road", "Garden", "Letter", "Mountain", "Signal", "Winter",
        "Station", "Island", "Promise", "Orchard", "Machine", "Lantern", "Border", "Voyage", "Archive", "Canyon",
    ];

    public static int Run(Args args)
    {
        var root = args.FullPath("root");
        var count = args.Int("files", 100_000);
        var marker = Path.Join(root, ".bench-tree");
        var stamp = $"movies={count} layout=1";
        if (File.Exists(marker) && File.ReadAllText(marker) == stamp)
        {
            Console.WriteLine($"tree {root}: {count} movies already there");
            return 0;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        Directory.CreateDirectory(root);
        var written = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var made = WriteMovie(root, i);
            Interlocked.Add(ref written, made);
        });
        File.WriteAllText(marker, stamp);
        Console.WriteLine($"tree {root}: {count} movies, {count + (count + 9) / 10} video files, {written} files written in {Stats.Seconds(started.Elapsed.TotalSeconds)} s");
        return 0;
    }

    /// <summary>
    /// N bare release-named files in one Movies folder, as a new user has them: no folder per film, no NFO, no
    /// art, so everything Hearth shows of them has to come from the provider.
    /// </summary>
    public static int RunBare(Args args)
    {
        var root = args.FullPath("root");
        var count = args.Int("films", 1_000);
        var movies = Path.Join(root, "Movies");
        Directory.CreateDirectory(movies);
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            written += Write(Path.Join(movies, BareName(i)), 1 + (i % 61));
        }

        Console.WriteLine($"bare tree {movies}: {count} films, {written} files written");
        return 0;
    }

    /// <summary>"Silent.River.Ab.1987.1080p.BluRay.x264-GRP.mkv": the title's words, the tree's year, a release's tags.</summary>
    public static string BareName(int i) => $"{Title(i).Replace(' ', '.')}.{Year(i)}.1080p.BluRay.x264-GRP.mkv";

    /// <summary>The year a movie of the tree carries.</summary>
    public static int Year(int i) => 1930 + (i * 7 % 95);

    /// <summary>A title nobody else has: two words and a letter code for the index (digits would read as a year).</summary>
    public static string Title(int i) => $"{Adjectives[i % Adjectives.Length]} {Nouns[i / Adjectives.Length % Nouns.Length]} {Code(i)}";

    public static string Code(int i)
    {
        var text = new StringBuilder();
        do
        {
            text.Insert(0, (char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);

        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    private static int WriteMovie(string root, int i)
    {
        var name = $"{Title(i)} ({Year(i)})";
        var folder = Path.Join(root, name);
        Directory.CreateDirectory(folder);
        var made = Write(Path.Join(folder, name + ".mkv"), 1 + (i % 61));
        if (i % 10 == 0)
        {
            made += Write(Path.Join(folder, name + "-trailer.mp4"), 1 + (i % 13));
        }

        if (i % 3 == 0)
        {
            made += Write(Path.Join(folder, "movie.nfo"), $"<movie><title>{Title(i)}</title><year>{Year(i)}</year></movie>");
        }

        if (i % 2 == 0)
        {
            made += Write(Path.Join(folder, "poster.jpg"), 3 + (i % 5));
        }

        if (i % 7 == 0)
        {
            made += Write(Path.Join(folder, name + ".en.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHello\n");
        }

        return made;
    }

    private static int Write(string path, int size)
    {
        if (new FileInfo(path) is { Exists: true } info && info.Length == size)
        {
            return 0;
        }

        File.WriteAllBytes(path, new byte[size]);
        return 1;
    }

    private static int Write(string path, string text)
    {
        if (File.Exists(path))
        {
            return 0;
        }

        File.WriteAllText(path, text);
        return 1;
    }
}
