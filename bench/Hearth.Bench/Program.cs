using Hearth.Bench;

// One executable with a verb per measurement, so bench/run.sh can drive each step and read its output.
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("""
        hearth-bench VERB [options]
          make-tree --root DIR --files N                 a Movies tree of N movies (idempotent)
          fill --data DIR --root DIR                     library store from the tree, without probing
          rescan --data DIR [--runs 5] [--root DIR]      unchanged rescans; with --root also `find` for reference
          new-file --url U --token T --library ID --folder DIR --clip FILE [--runs 5]
          browse --url U --token T [--limit 100]         page through every item
          naming --golden FILE [--rounds 15]             read each path of the naming golden file
          bare-tree --root DIR --films N                 N bare release-named files in DIR/Movies (no folders, NFOs, art)
          fake-tmdb --port P --films N [--delay-ms 50]   a loopback TMDB v3 for the bare tree's films; GET /stats for counts
          requests-alone --url U --films N --concurrency C   Hearth's requests per film (search, details), C at once, timed
        """);
    return 0;
}

var options = Args.Parse(args.AsSpan(1));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    return args[0] switch
    {
        "make-tree" => TreeMaker.Run(options),
        "fill" => await StoreCommands.FillAsync(options, stop.Token),
        "rescan" => await StoreCommands.RescanAsync(options, stop.Token),
        "new-file" => await HttpCommands.NewFileAsync(options, stop.Token),
        "browse" => await HttpCommands.BrowseAsync(options, stop.Token),
        "naming" => NamingCommand.Run(options),
        "bare-tree" => TreeMaker.RunBare(options),
        "fake-tmdb" => await FakeTmdb.RunAsync(options, stop.Token),
        "requests-alone" => await RequestsAlone.RunAsync(options, stop.Token),
        _ => Fail($"unknown verb '{args[0]}'"),
    };
}
catch (ArgumentException e)
{
    return Fail(e.Message);
}

static int Fail(string message)
{
    Console.Error.WriteLine($"hearth-bench: {message}");
    return 2;
}
