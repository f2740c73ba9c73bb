using Hearth.Core.Metadata;
using Hearth.Library.Metadata;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Metadata.Refresh;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Scanning;
using Hearth.Library.Store;

namespace Hearth.Library.Tests.Metadata.Apply;

/// <summary>The merge rules of a rescan over a row a provider and a person have filled: local first, person above all.</summary>
public sealed class LocalFirstTests
{
    private const string Downloads = "/data/metadata/images/";

    private static Item Matched() => new()
    {
        Key = "movie:blade runner",
        Title = "Blade Runner",
        SortTitle = "blade runner",
        Year = 1982,
        Overview = "From the provider.",
        Genres = "Science Fiction|Drama",
        PosterPath = Downloads + "ab/poster-1.jpg",
        BackdropPath = Downloads + "ab/backdrop-1.jpg",
        ProviderIdsJson = "{\"tmdb\":\"78\",\"imdb\":\"tt0083658\"}",
    };

    [Fact]
    public void ApplyName_TitleAProviderFilled_KeepsItOverTheFileName()
    {
        var item = Matched();
        var guard = new FieldGuard(FieldSet.Empty, FieldSet.Parse("title|year"), Downloads);

        ItemFields.ApplyName(item, "Blade Runner Final Cut", 1982, guard);

        Assert.Equal("Blade Runner", item.Title);
    }

    [Fact]
    public void ApplyNfo_NfoWithoutOverview_KeepsTheProvidersAndRecordsWhatTheNfoGave()
    {
        var item = Matched();
        var guard = new FieldGuard(FieldSet.Empty, FieldSet.Parse("overview|title"), Downloads);

        ItemFields.ApplyNfo(item, new NfoMetadata { Title = "Blade Runner (NFO)", Genres = ["Noir"], ProviderIds = new Dictionary<string, string> { ["tvdb"] = "9" } }, guard);

        Assert.Equal("Blade Runner (NFO)", item.Title);
        Assert.Equal("From the provider.", item.Overview);
        Assert.Equal("Noir", item.Genres);
        Assert.Equal(["genres", "title"], guard.Local.Names);
        // the NFO's ids join those the match brought
        var ids = ItemFields.ProviderIds(item);
        Assert.Equal(("78", "tt0083658", "9"), (ids["tmdb"], ids["imdb"], ids["tvdb"]));
    }

    [Fact]
    public void ApplyNfo_LockedField_IsNotWrittenNorRecordedAsLocal()
    {
        var item = Matched();
        item.Overview = "A person wrote this.";
        var guard = new FieldGuard(FieldSet.Parse("overview"), FieldSet.Empty, Downloads);

        ItemFields.ApplyNfo(item, new NfoMetadata { Plot = "The NFO's plot." }, guard);

        Assert.Equal("A person wrote this.", item.Overview);
        Assert.False(guard.Local.Has(MetadataFields.Overview));
    }

    [Fact]
    public void ApplyArtwork_NoLocalArt_KeepsDownloadedPicturesAndForgetsLocalOnesThatWent()
    {
        var item = Matched();
        item.LogoPath = "/media/Movies/Blade Runner/logo.png";

        ItemFields.ApplyArtwork(item, Artwork.None, new FieldGuard(FieldSet.Empty, FieldSet.Empty, Downloads));

        Assert.Equal(Downloads + "ab/poster-1.jpg", item.PosterPath);
        Assert.Equal(Downloads + "ab/backdrop-1.jpg", item.BackdropPath);
        Assert.Null(item.LogoPath);
    }

    [Fact]
    public void ApplyArtwork_LocalPoster_WinsUnlessAPersonChoseOne()
    {
        var local = new Artwork("/media/poster.jpg", "/media/fanart.jpg", null, null, null);
        var item = Matched();

        ItemFields.ApplyArtwork(item, local, new FieldGuard(FieldSet.Parse("poster"), FieldSet.Empty, Downloads));

        Assert.Equal(Downloads + "ab/poster-1.jpg", item.PosterPath);
        Assert.Equal("/media/fanart.jpg", item.BackdropPath);
    }

    [Fact]
    public void ArtworkChooser_PrefersTheHouseholdsLanguageThenEnglishThenNone_ThenVotes()
    {
        RemoteImage Image(string url, string? language, double votes) => new(ImageRole.Poster, url, language, votes, 10, 1000, 1500);
        var images = new[] { Image("none", null, 9.9), Image("en-low", "en", 5), Image("en-high", "en", 7), Image("fr", "fr", 9) };

        Assert.Equal("en-high", ArtworkChooser.Best(images, ImageRole.Poster, "de-DE")!.Url);
        Assert.Equal("fr", ArtworkChooser.Best(images, ImageRole.Poster, "fr-FR")!.Url);
        Assert.Equal("none", ArtworkChooser.Best([images[0], images[3]], ImageRole.Poster, "de")!.Url);
        Assert.Null(ArtworkChooser.Best(images, ImageRole.Logo, "en"));
    }

    [Fact]
    public void Backoff_DoublesFromTheFirstWaitUpToTheCap()
    {
        var options = new RefreshOptions { RetryFirst = TimeSpan.FromMinutes(5), RetryMax = TimeSpan.FromHours(6) };

        Assert.Equal(TimeSpan.FromMinutes(5), options.Backoff(1));
        Assert.Equal(TimeSpan.FromMinutes(20), options.Backoff(3));
        Assert.Equal(TimeSpan.FromHours(6), options.Backoff(40));
    }

    [Fact]
    public void Sentence_NoTmdbKey_SaysWhatToAddAndNeverAKey()
    {
        Assert.Equal(
            "no TMDB key: films get no online metadata; shows use TVmaze. Add Metadata:Tmdb:ApiKey in Settings.",
            ProviderHealth.Sentence(ProviderIdNames.Tmdb, ProviderOutcome.NoKey, null));
        Assert.StartsWith("metadata provider unreachable: TVmaze", ProviderHealth.Sentence(ProviderIdNames.TvMaze, ProviderOutcome.Unavailable, "timed out"), StringComparison.Ordinal);
        Assert.Null(ProviderHealth.Sentence(ProviderIdNames.Tmdb, ProviderOutcome.Ok, null));
    }
}
