using System.Text.Json.Nodes;
using Hearth.Acquisition.CustomFormats;
using Hearth.Core.Indexers;
using Hearth.Releases;
using Hearth.Releases.Languages;

namespace Hearth.Acquisition.Tests.CustomFormats;

/// <summary>Custom formats pasted from Radarr, Sonarr and the TRaSH guides, in both JSON shapes, and written back.</summary>
public class CustomFormatJsonTests
{
    private static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "CustomFormats", "Json", name));

    private static bool Matches(CustomFormat format, string title, IndexerRelease? release = null)
    {
        var parsed = ReleaseParser.Parse(title);
        var facts = new ReleaseFacts((release ?? new IndexerRelease { Title = title }) with { Title = title }, parsed, null);
        return new FormatSet([format]).Match(facts).Count == 1;
    }

    [Fact]
    public void The_trash_shape_is_read_with_its_suggested_score()
    {
        var imported = Assert.Single(CustomFormatJson.Import(Json("radarr-x265-hd.json"), ArrApp.Radarr));
        Assert.Equal("x265 (HD)", imported.Format.Name);
        Assert.Equal(-10000, imported.SuggestedScore);
        Assert.Collection(imported.Format.Conditions,
            c => Assert.Equal((ConditionKind.ReleaseTitle, true, false), (c.Kind, c.Required, c.Negate)),
            c => Assert.Equal((ConditionKind.Resolution, "2160", true, true), (c.Kind, c.Value, c.Required, c.Negate)));
        Assert.True(Matches(imported.Format, "Movie.Title.2020.1080p.BluRay.x265-GRP"));
        Assert.True(Matches(imported.Format, "Movie.Title.2020.1080p.WEB-DL.DDP5.1.HEVC-GRP"));
        Assert.False(Matches(imported.Format, "Movie.Title.2020.2160p.BluRay.x265-GRP"));
        Assert.False(Matches(imported.Format, "Movie.Title.2020.1080p.BluRay.x264-GRP"));
    }

    [Fact]
    public void Conditions_of_one_kind_are_alternatives_and_required_ones_must_all_hold()
    {
        var format = CustomFormatJson.Import(Json("radarr-remux-tier.json"), ArrApp.Radarr).Single().Format;
        Assert.True(Matches(format, "Movie.Title.2020.1080p.BluRay.REMUX.AVC.DTS-HD.MA.5.1-FraMeSToR"));
        Assert.True(Matches(format, "Movie.Title.2020.2160p.UHD.BluRay.REMUX.HDR.HEVC.Atmos-BLURANiUM"));
        // the group alone is not enough: the remux condition is required
        Assert.False(Matches(format, "Movie.Title.2020.1080p.BluRay.x264-FraMeSToR"));
        // a remux alone is not enough: one of the groups must match
        Assert.False(Matches(format, "Movie.Title.2020.1080p.BluRay.REMUX.AVC.DTS-HD.MA.5.1-OTHER"));
    }

    [Fact]
    public void A_sonarr_release_type_reads_a_season_pack()
    {
        var imported = CustomFormatJson.Import(Json("sonarr-season-pack.json"), ArrApp.Sonarr).Single();
        Assert.Equal("SeasonPack", imported.Format.Conditions[0].Value);
        Assert.True(Matches(imported.Format, "Show.Title.S01.1080p.WEB-DL.DDP5.1.H.264-GRP"));
        Assert.False(Matches(imported.Format, "Show.Title.S01E01.1080p.WEB-DL.DDP5.1.H.264-GRP"));
    }

    [Fact]
    public void The_api_shape_is_read_with_radarrs_numbers()
    {
        var formats = CustomFormatJson.Import(Json("radarr-api.json"), ArrApp.Radarr);
        Assert.Equal(["WEB, not Brazilian", "Big"], formats.Select(f => f.Format.Name));
        var web = formats[0].Format;
        Assert.True(web.IncludeWhenRenaming);
        Assert.Equal(SourceNames.WebDl, web.Conditions[0].Value);
        Assert.Equal((nameof(Language.PortugueseBrazil), true), (web.Conditions[1].Value, web.Conditions[1].Negate));
        Assert.Equal([nameof(IndexerFlags.Internal), nameof(IndexerFlags.Freeleech)], web.Conditions.Skip(2).Select(c => c.Value));
        var freeleech = new IndexerRelease { Title = "", DownloadVolumeFactor = 0 };
        Assert.True(Matches(web, "Movie.Title.2020.1080p.WEB-DL.DDP5.1.H.264-GRP", freeleech));
        Assert.False(Matches(web, "Movie.Title.2020.1080p.WEB-DL.DDP5.1.H.264-GRP"));
        Assert.False(Matches(web, "Movie.Title.2020.Brazilian.1080p.WEB-DL.DDP5.1.H.264-GRP", freeleech));
        Assert.False(Matches(web, "Movie.Title.2020.1080p.BluRay.x264-GRP", freeleech));

        var big = formats[1].Format.Conditions.Single();
        Assert.Equal((ConditionKind.Size, 20d, 400d), (big.Kind, big.Min, big.Max));
        Assert.True(Matches(formats[1].Format, "Movie.2020.1080p.BluRay.x264-GRP", new IndexerRelease { Title = "", Size = 21L << 30 }));
        Assert.False(Matches(formats[1].Format, "Movie.2020.1080p.BluRay.x264-GRP", new IndexerRelease { Title = "", Size = 20L << 30 }));
    }

    [Fact]
    public void Sonarr_numbers_differ_from_radarrs_and_mean_the_same_things()
    {
        var format = CustomFormatJson.Import(Json("sonarr-api.json"), ArrApp.Sonarr).Single().Format;
        Assert.Equal([SourceNames.WebDl, nameof(IndexerFlags.Internal), nameof(Language.PortugueseBrazil)], format.Conditions.Select(c => c.Value));
        // read as Radarr's, the same numbers name other things: 3 is TELECINE, 8 PTP_Golden, 33 Persian
        var asRadarr = CustomFormatJson.Import(Json("sonarr-api.json"), ArrApp.Radarr).Single().Format;
        Assert.Equal([SourceNames.Telecine, nameof(IndexerFlags.PtpGolden), nameof(Language.Persian)], asRadarr.Conditions.Select(c => c.Value));
        // Radarr's TV and BLURAY cover what Sonarr splits into two sources
        var tv = """{"name":"TV","specifications":[{"name":"tv","implementation":"SourceSpecification","fields":{"value":6}}]}""";
        Assert.Equal("Television,TelevisionRaw", CustomFormatJson.Import(tv, ArrApp.Radarr).Single().Format.Conditions[0].Value);
        Assert.Equal(SourceNames.Bluray, CustomFormatJson.Import(tv, ArrApp.Sonarr).Single().Format.Conditions[0].Value);
        var bluray = CustomFormatJson.Import(tv.Replace(":6", ":9", StringComparison.Ordinal), ArrApp.Radarr).Single().Format;
        Assert.Equal("Bluray,BlurayRaw", bluray.Conditions[0].Value);
        Assert.True(Matches(bluray, "Movie.Title.2020.1080p.BluRay.REMUX.AVC.DTS-HD.MA.5.1-GRP"));
        var sonarrBluray = CustomFormatJson.Import(tv, ArrApp.Sonarr).Single().Format;
        Assert.False(Matches(sonarrBluray, "Movie.Title.2020.1080p.BluRay.REMUX.AVC.DTS-HD.MA.5.1-GRP"));
        Assert.True(Matches(sonarrBluray, "Movie.Title.2020.1080p.BluRay.x264-GRP"));
    }

    [Theory]
    [InlineData("radarr-x265-hd.json", ArrApp.Radarr)]
    [InlineData("radarr-remux-tier.json", ArrApp.Radarr)]
    [InlineData("radarr-api.json", ArrApp.Radarr)]
    [InlineData("sonarr-api.json", ArrApp.Sonarr)]
    [InlineData("sonarr-season-pack.json", ArrApp.Sonarr)]
    public void Export_writes_the_numbers_it_read(string file, ArrApp app)
    {
        var formats = CustomFormatJson.Import(Json(file), app).Select(f => f.Format).ToList();
        var original = JsonNode.Parse(Json(file))!;
        var originals = original is JsonArray array ? array.Select(n => n!).ToList() : [original];
        for (var i = 0; i < formats.Count; i++)
        {
            var exported = CustomFormatJson.Export(formats[i], app);
            Assert.Equal(originals[i]["name"]!.GetValue<string>(), exported["name"]!.GetValue<string>());
            var specs = originals[i]["specifications"]!.AsArray();
            var written = exported["specifications"]!.AsArray();
            Assert.Equal(specs.Count, written.Count);
            for (var j = 0; j < specs.Count; j++)
            {
                Assert.Equal(specs[j]!["implementation"]!.GetValue<string>(), written[j]!["implementation"]!.GetValue<string>());
                Assert.Equal(specs[j]!["negate"]?.GetValue<bool>() ?? false, written[j]!["negate"]!.GetValue<bool>());
                Assert.Equal(specs[j]!["required"]?.GetValue<bool>() ?? false, written[j]!["required"]!.GetValue<bool>());
                foreach (var (name, value) in Fields(specs[j]!))
                {
                    Assert.Equal(value!.ToJsonString(), written[j]!["fields"]![name]!.ToJsonString());
                }
            }
            // and what was written reads back as the same format
            Assert.Equivalent(formats[i].Conditions, CustomFormatJson.Import(exported.ToJsonString(), app).Single().Format.Conditions);
        }
    }

    private static IEnumerable<(string, JsonNode?)> Fields(JsonNode spec) => spec["fields"] switch
    {
        JsonObject o => o.Select(p => (p.Key, p.Value)),
        JsonArray a => a.Select(f => (f!["name"]!.GetValue<string>(), f["value"])),
        _ => [],
    };

    [Theory]
    [InlineData("""{"name":"Bad","specifications":[{"name":"broken","implementation":"ReleaseTitleSpecification","fields":{"value":"(x265"}}]}""",
        "The regular expression of 'broken' in 'Bad' does not compile: ")]
    [InlineData("""{"name":"Odd","specifications":[{"name":"c","implementation":"FancySpecification","fields":{"value":1}}]}""",
        "The specification 'c' of 'Odd' is a FancySpecification, a kind of condition Hearth does not know.")]
    [InlineData("""{"name":"Src","specifications":[{"name":"s","implementation":"SourceSpecification","fields":{"value":42}}]}""",
        "The specification 's' of 'Src': 42 is no Radarr source.")]
    [InlineData("""{"specifications":[]}""", "A custom format has no \"name\".")]
    [InlineData("""{"name":"Empty","specifications":[]}""", "The custom format 'Empty' has no conditions.")]
    [InlineData("""{"name":"T","specifications":[{"name":"t","implementation":"ReleaseTypeSpecification","fields":{"value":3}}]}""",
        "The specification 't' of 'T' is a ReleaseTypeSpecification, which Radarr does not have: import it as sonarr.")]
    [InlineData("""{"name": """, "This is not JSON: ")]
    [InlineData("""42""", "A custom format is a JSON object with a name and specifications, or an array of them.")]
    public void Bad_json_is_refused_with_the_reason(string json, string reason)
    {
        var e = Assert.Throws<CustomFormatException>(() => CustomFormatJson.Import(json, ArrApp.Radarr));
        Assert.StartsWith(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regex_that_never_ends_counts_as_no_match()
    {
        var format = new CustomFormat
        {
            Name = "Catastrophic",
            Conditions = [new FormatCondition { Name = "c", Kind = ConditionKind.ReleaseTitle, Value = "^(a+)+$" }],
        };
        Assert.False(Matches(format, new string('a', 40) + "!"));
        Assert.True(Matches(format, "aaaa"));
    }
}
