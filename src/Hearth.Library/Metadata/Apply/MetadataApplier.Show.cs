using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Metadata.Apply;

public sealed partial class MetadataApplier
{
    /// <summary>
    /// A show, its seasons (names, overviews, posters) and its episodes (titles, overviews, air dates, stills).
    /// <paramref name="episodeFor"/> says which of the provider's episodes a library episode is (the episode matcher's
    /// answer: season and number, air date, absolute number); null leaves the episode as it is.
    /// </summary>
    public async Task ApplyShowAsync(Guid showId, ShowMetadata show, IReadOnlyList<EpisodeMetadata> episodes, Func<Item, IReadOnlyList<EpisodeMetadata>, EpisodeMetadata?> episodeFor, MatchInfo match, string language, CancellationToken ct)
    {
        var (before, record) = await ReadAsync(showId, ct).ConfigureAwait(false);
        if (before is null)
        {
            return;
        }

        var pictures = await PicturesAsync(showId, record, show.Images, language, ct).ConfigureAwait(false);
        List<Item> children;
        Dictionary<Guid, ItemMetadata> childRecords;
        await using (var read = await factory.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            children = await read.Items.AsNoTracking().Where(i => i.ShowId == showId && (i.Kind == ItemKind.Season || i.Kind == ItemKind.Episode)).ToListAsync(ct).ConfigureAwait(false);
            var ids = children.Select(c => c.Id).ToList();
            childRecords = await read.ItemMetadata.AsNoTracking().Where(m => ids.Contains(m.ItemId)).ToDictionaryAsync(m => m.ItemId, ct).ConfigureAwait(false);
        }

        // which provider season or episode each child is, and its picture, fetched before the writer is taken
        var seasons = new Dictionary<Guid, (SeasonMetadata Season, string? Poster)>();
        var matched = new Dictionary<Guid, (EpisodeMetadata Episode, string? Still)>();
        foreach (var child in children)
        {
            var childRecord = childRecords.GetValueOrDefault(child.Id);
            if (child.Kind == ItemKind.Season && show.Seasons.FirstOrDefault(s => s.Number == child.IndexNumber) is { } season)
            {
                seasons[child.Id] = (season, await ChildPictureAsync(child.Id, childRecord, season.Images, ImageRole.Poster, MetadataFields.Poster, language, ct).ConfigureAwait(false));
            }
            else if (child.Kind == ItemKind.Episode && episodeFor(child, episodes) is { } episode)
            {
                matched[child.Id] = (episode, await ChildPictureAsync(child.Id, childRecord, episode.Images, ImageRole.Thumb, MetadataFields.Thumb, language, ct).ConfigureAwait(false));
            }
        }

        await writer.WriteAsync(
            async (db, token) =>
            {
                var item = await db.Items.FirstOrDefaultAsync(i => i.Id == showId, token).ConfigureAwait(false);
                if (item is null)
                {
                    return;
                }

                var row = await RecordAsync(db, item, token).ConfigureAwait(false);
                var w = Writer(row);
                Common(w, item, show.Title, show.OriginalTitle, show.Overview, show.Tagline, show.Genres, show.Studios, show.CommunityRating, show.Certifications, show.FirstAired, show.People, locale.Country);
                MergeIds(w, item, show.Provider, show.Id, show.ExternalIds, match.ByPerson);
                ApplyPictures(w, item, pictures);
                Matched(row, w, show.Provider, show.Id, show.Images, match);
                if (w.Changed)
                {
                    item.DateModifiedMs = Now();
                }

                var ids = seasons.Keys.Concat(matched.Keys).ToList();
                var rows = await db.Items.Where(i => ids.Contains(i.Id)).ToListAsync(token).ConfigureAwait(false);
                foreach (var child in rows)
                {
                    var childRow = await RecordAsync(db, child, token).ConfigureAwait(false);
                    var cw = Writer(childRow);
                    if (seasons.TryGetValue(child.Id, out var season))
                    {
                        cw.Text(MetadataFields.Title, season.Season.Name, child.Title, v => child.Title = v);
                        cw.Text(MetadataFields.Overview, season.Season.Overview, child.Overview, v => child.Overview = v);
                        cw.Date(MetadataFields.Premiered, season.Season.AirDate, child.Premiered, v => child.Premiered = v);
                        cw.Picture(MetadataFields.Poster, season.Poster, child.PosterPath, v => child.PosterPath = v);
                    }
                    else if (matched.TryGetValue(child.Id, out var episode))
                    {
                        cw.Text(MetadataFields.Title, episode.Episode.Title, child.Title, v => child.Title = v);
                        if (cw.Provided.Has(MetadataFields.Title))
                        {
                            cw.Text(MetadataFields.SortTitle, Scanning.ItemFields.SortTitle(child.Title), child.SortTitle, v => child.SortTitle = v);
                        }

                        cw.Text(MetadataFields.Overview, episode.Episode.Overview, child.Overview, v => child.Overview = v);
                        cw.Date(MetadataFields.Premiered, episode.Episode.AirDate, child.Premiered, v => child.Premiered = v);
                        cw.Number(MetadataFields.Rating, episode.Episode.CommunityRating is > 0 ? Math.Round(episode.Episode.CommunityRating.Value, 1) : null, child.Rating, v => child.Rating = v);
                        cw.Picture(MetadataFields.Thumb, episode.Still, child.ThumbPath, v => child.ThumbPath = v);
                    }

                    childRow.ProviderFields = cw.Provided.Stored();
                    childRow.State = MatchState.Matched;
                    childRow.RefreshedMs = Now();
                    if (cw.Changed)
                    {
                        child.DateModifiedMs = Now();
                    }
                }

                await db.SaveChangesAsync(token).ConfigureAwait(false);
            },
            ct).ConfigureAwait(false);
    }

    private async Task<string?> ChildPictureAsync(Guid owner, ItemMetadata? record, IReadOnlyList<RemoteImage> remote, ImageRole role, string field, string language, CancellationToken ct)
    {
        if (FieldSet.Parse(record?.LockedFields).Has(field) || FieldSet.Parse(record?.LocalFields).Has(field) || ArtworkChooser.Best(remote, role, language) is not { } best)
        {
            return null;
        }

        return await images.DownloadAsync(owner, field, best.Url, ct).ConfigureAwait(false);
    }
}
