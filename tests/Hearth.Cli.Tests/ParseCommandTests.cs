using System.CommandLine;
using System.Text.Json;
using Hearth.Cli.Commands;

namespace Hearth.Cli.Tests;

[Collection("console")]
public sealed class ParseCommandTests
{
    private static async Task<(int Code, string Output)> RunAsync(string input, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ParseCommand.Create());
        var (oldIn, oldOut) = (Console.In, Console.Out);
        using var output = new StringWriter();
        try
        {
            Console.SetIn(new StringReader(input));
            Console.SetOut(output);
            var code = await root.Parse(args).InvokeAsync();
            return (code, output.ToString());
        }
        finally
        {
            Console.SetIn(oldIn);
            Console.SetOut(oldOut);
        }
    }

    [Fact]
    public async Task Parse_OneTitle_PrintsEveryField()
    {
        var (code, output) = await RunAsync(string.Empty, "parse", "The.Movie.2019.2160p.UHD.BluRay.x265.10bit.HDR.TrueHD.7.1.Atmos-GRP");

        Assert.Equal(0, code);
        Assert.Contains("The Movie", output, StringComparison.Ordinal);
        Assert.Contains("Bluray-2160p", output, StringComparison.Ordinal);
        Assert.Contains("GRP", output, StringComparison.Ordinal);
        Assert.Contains("2019", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_JsonFromStandardInput_PrintsOneObjectPerTitle()
    {
        var (code, output) = await RunAsync("Show.S01E01.720p.HDTV.x264-A\nShow.S01E02.720p.HDTV.x264-B\n", "parse", "--json", "-");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(2, second.RootElement.GetProperty("episodeNumbers")[0].GetInt32());
        Assert.Equal("B", second.RootElement.GetProperty("releaseGroup").GetString());
    }

    [Fact]
    public async Task Parse_Json_KeepsSonarrsFieldNamesForSeasonPacksAndSpecials()
    {
        var (code, output) = await RunAsync("Show.S02.1080p.BluRay.x264-GRP\n", "parse", "--json", "-");

        Assert.Equal(0, code);
        using var pack = JsonDocument.Parse(output.Trim());
        // scripts and harnesses read these names (Sonarr's FullSeason and Special); the C# names may read better
        Assert.True(pack.RootElement.GetProperty("fullSeason").GetBoolean());
        Assert.False(pack.RootElement.GetProperty("special").GetBoolean());
        Assert.False(pack.RootElement.TryGetProperty("isFullSeason", out _));
    }
}
