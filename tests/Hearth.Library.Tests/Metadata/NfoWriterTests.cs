using System.Text.Json;
using Hearth.Library.Metadata;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Scanning;
using Hearth.Library.Store;

namespace Hearth.Library.Tests.Metadata;

/// <summary>NFO files Hearth writes: Kodi's format, read back by the same reader as anyone's, and known as Hearth's own.</summary>
public sealed class NfoWriterTests
{
    private static readonly DateTimeOffset Written = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static Item Film() => new()
    {
        Key = "movie:blade runner",
        Title = "Blade Runner",
        SortTitle = "blade runner",
        OriginalTitle = "Blade Runner",
        Year = 1982,
        Overview = "Deckard & the replicants <in> 2019.",
        Tagline = "Man has made his match... now it's his problem.",
        Rating = 7.9,
        OfficialRating = "R",
        Premiered = "1982-06-25",
        RuntimeMs = 117 * 60_000L,
        Genres = "Science Fiction|Drama",
        Studios = "The Ladd Company",
        PeopleJson = JsonSerializer.Serialize(
            new List<Person> { new("Harrison Ford", "Rick Deckard", "Actor", "https://image.tmdb.org/t/p/w185/ford.jpg"), new("Ridley Scott", null, "Director") },
            StoreJson.Default.ListPerson),
        ProviderIdsJson = "{\"tmdb\":\"78\",\"imdb\":\"tt0083658\"}",
    };

    [Fact]
    public void Movie_ReadBack_GivesEveryFieldAndTheMark()
    {
        var text = NfoWriter.Movie(Film(), "Blade Runner Collection", Written);

        var nfo = NfoReader.Parse(text);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"", text, StringComparison.Ordinal);
        Assert.Equal(NfoKind.Movie, nfo.Kind);
        Assert.True(nfo.WrittenByHearth);
        Assert.Equal("Blade Runner", nfo.Title);
        Assert.Equal(1982, nfo.Year);
        Assert.Equal("Deckard & the replicants <in> 2019.", nfo.Plot);
        Assert.Equal("Man has made his match... now it's his problem.", nfo.Tagline);
        Assert.Equal(7.9, nfo.Rating);
        Assert.Equal("R", nfo.Mpaa);
        Assert.Equal(new DateOnly(1982, 6, 25), nfo.Premiered);
        Assert.Equal(117, nfo.RuntimeMinutes);
        Assert.Equal(["Science Fiction", "Drama"], nfo.Genres);
        Assert.Equal(["The Ladd Company"], nfo.Studios);
        Assert.Equal(["Ridley Scott"], nfo.Directors);
        Assert.Equal("Rick Deckard", Assert.Single(nfo.Cast).Role);
        Assert.Equal("78", nfo.ProviderIds["tmdb"]);
        Assert.Equal("tt0083658", nfo.ProviderIds["imdb"]);
        Assert.Contains("<set>", text, StringComparison.Ordinal);
        Assert.Contains("<uniqueid type=\"tmdb\" default=\"true\">78</uniqueid>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Episodes_OneFileTwoEpisodes_TwoRootsAsKodiWritesThem()
    {
        Item Episode(int number, string title) => new()
        {
            Key = $"episode:{number}",
            Title = title,
            SortTitle = title.ToLowerInvariant(),
            ParentIndexNumber = 1,
            IndexNumber = number,
            Premiered = "2010-07-25",
        };

        var text = NfoWriter.Episodes([Episode(2, "The Blind Banker"), Episode(1, "A Study in Pink")], Written);

        var read = NfoReader.ParseAll(text);
        Assert.Equal(2, read.Count);
        Assert.All(read, e => Assert.Equal(NfoKind.Episode, e.Kind));
        Assert.Equal(["A Study in Pink", "The Blind Banker"], read.Select(e => e.Title));
        Assert.Equal([1, 2], read.Select(e => e.Episode));
        Assert.All(read, e => Assert.Equal(1, e.Season));
        Assert.All(read, e => Assert.True(e.WrittenByHearth));
    }

    [Fact]
    public void ApplyNfo_HearthsOwnCopy_WhereTheStoreHasTheProvidersFields_ChangesNothing()
    {
        var item = Film();
        item.Overview = "What the provider said last.";
        var copy = NfoReader.Parse(NfoWriter.Movie(Film(), null, Written));
        var guard = new FieldGuard(FieldSet.Empty, FieldSet.Parse("overview|title"), null);

        ItemFields.ApplyNfo(item, copy, guard);

        Assert.Equal("What the provider said last.", item.Overview);
        Assert.Null(guard.Local.Stored());
    }

    [Fact]
    public void ApplyNfo_HearthsOwnCopy_AfterAReinstall_GivesTheFieldsBack_NotAsTheFoldersOwn()
    {
        var bare = new Item { Key = "movie:blade runner", Title = "Blade Runner Final Cut", SortTitle = "blade runner final cut" };
        var copy = NfoReader.Parse(NfoWriter.Movie(Film(), null, Written));
        var guard = new FieldGuard(FieldSet.Empty, FieldSet.Empty, null);

        ItemFields.ApplyNfo(bare, copy, guard);

        Assert.Equal("Blade Runner", bare.Title);
        Assert.Equal("Deckard & the replicants <in> 2019.", bare.Overview);
        Assert.Equal("78", ItemFields.ProviderIds(bare)["tmdb"]);
        // a refresh may still replace them: none is recorded as local
        Assert.Null(guard.Local.Stored());
    }

    [Fact]
    public void ApplyNfo_APersonsNfo_IsRecordedAsLocal()
    {
        var item = new Item { Key = "movie:heat", Title = "Heat", SortTitle = "heat" };
        var guard = new FieldGuard(FieldSet.Empty, FieldSet.Empty, null);

        ItemFields.ApplyNfo(item, NfoReader.Parse("<movie><title>Heat</title><plot>Their words.</plot></movie>"), guard);

        Assert.Contains(MetadataFields.Overview, guard.Local.Names);
    }
}
