using System.Globalization;
using Hearth.Core.Metadata;
using Hearth.Library.Metadata.Matching;
using Hearth.Library.Store;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>Which of a provider's episodes a library episode is, by the episode matcher (season and number, air date, absolute number).</summary>
internal static class EpisodeLookup
{
    public static EpisodeMetadata? Find(Item episode, IReadOnlyList<EpisodeMetadata> episodes)
    {
        if (episodes.Count == 0)
        {
            return null;
        }

        // a daily show's file names its air date, which the scan keeps as the episode's premiere
        DateOnly? aired = episode.IndexNumber is null && DateOnly.TryParseExact(episode.Premiered, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var local = new LocalEpisode(episode.ParentIndexNumber, episode.IndexNumber, episode.IndexNumberEnd, aired);
        return EpisodeMatcher.Find(episodes, local).FirstOrDefault();
    }
}
