using Hearth.Core.Access;
using Hearth.Jellyfin.Dtos;

namespace Hearth.Jellyfin.Items;

/// <summary>
/// The seam through which item DTOs get their <c>MediaSources</c> (and <c>MediaStreams</c>): playback owns how a
/// file is described to a device, browsing only asks. With nothing registered the fields are left out.
/// </summary>
public interface IItemMediaSources
{
    Task<IReadOnlyList<MediaSourceInfo>> ForItemAsync(CallerAccess caller, Guid itemId, CancellationToken ct);
}
