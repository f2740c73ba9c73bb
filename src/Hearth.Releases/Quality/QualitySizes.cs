namespace Hearth.Releases.Quality;

/// <summary>
/// How big a file of one quality may be, in megabytes per minute of runtime. A 45-minute episode at
/// WEBDL-1080p with the defaults below may weigh between about 0.7 GB and 6 GB; anything outside is
/// likely a fake, a sample, or a mislabelled release.
/// </summary>
/// <param name="Preferred">What the engine aims for when several releases qualify; null means as large as allowed.</param>
/// <param name="Max">Null means no upper bound (disc images and remuxes vary too much).</param>
public sealed record QualitySize(QualityDefinition Quality, double Min, double? Preferred, double? Max)
{
    /// <summary>Whether a file of this size fits, for a runtime in minutes.</summary>
    public bool Allows(long bytes, double runtimeMinutes)
    {
        if (runtimeMinutes <= 0)
        {
            return true;
        }
        var perMinute = bytes / 1024d / 1024d / runtimeMinutes;
        return perMinute >= Min && (Max is null || perMinute <= Max);
    }
}

/// <summary>The default size limits, one per quality, from the community's usual settings.</summary>
public static class QualitySizes
{
    public static readonly IReadOnlyList<QualitySize> Defaults =
    [
        new(Qualities.Unknown, 0, 95, 199.9),
        new(Qualities.Workprint, 0, 95, 100),
        new(Qualities.Cam, 0, 95, 100),
        new(Qualities.Telesync, 0, 95, 100),
        new(Qualities.Telecine, 0, 95, 100),
        new(Qualities.Regional, 0, 95, 100),
        new(Qualities.DvdScreener, 0, 95, 100),
        new(Qualities.Sdtv, 2, 95, 100),
        new(Qualities.Dvd, 2, 95, 100),
        new(Qualities.DvdR, 2, 95, 100),
        new(Qualities.WebDl480p, 2, 95, 100),
        new(Qualities.WebRip480p, 2, 95, 100),
        new(Qualities.Bluray480p, 2, 95, 100),
        new(Qualities.Bluray576p, 2, 95, 100),
        new(Qualities.Hdtv720p, 3, 95, 125),
        new(Qualities.WebDl720p, 3, 95, 130),
        new(Qualities.WebRip720p, 3, 95, 130),
        new(Qualities.Bluray720p, 4, 95, 130),
        new(Qualities.Hdtv1080p, 4, 95, 125),
        new(Qualities.RawHd, 4, 95, null),
        new(Qualities.WebDl1080p, 4, 95, 130),
        new(Qualities.WebRip1080p, 4, 95, 130),
        new(Qualities.Bluray1080p, 4, 95, 155),
        new(Qualities.Remux1080p, 35, 95, null),
        new(Qualities.Hdtv2160p, 35, 95, 199.9),
        new(Qualities.WebDl2160p, 35, 95, 199.9),
        new(Qualities.WebRip2160p, 35, 95, 199.9),
        new(Qualities.Bluray2160p, 35, 95, 199.9),
        new(Qualities.Remux2160p, 35, 95, null),
        new(Qualities.BrDisk, 35, 95, null),
    ];

    public static QualitySize For(QualityDefinition quality)
    {
        foreach (var size in Defaults)
        {
            if (size.Quality == quality)
            {
                return size;
            }
        }
        return Defaults[0];
    }
}
