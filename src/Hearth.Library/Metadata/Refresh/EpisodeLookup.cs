using Hearth.Core.Metadata;
using Hearth.Library.Store;

namespace Hearth.Library.Metadata.Refresh;

/// <summary>
/// Which of a provider's episodes a library episode is. Until the episode matcher (Matching/) is in this build,
/// none: a show's own fields, seasons and pictures are applied, its episodes keep what the files and NFOs say.
/// </summary>
internal static class EpisodeLookup
{
    public static EpisodeMetadata? Find(Item episode, IReadOnlyList<EpisodeMetadata> episodes) => null;
}
