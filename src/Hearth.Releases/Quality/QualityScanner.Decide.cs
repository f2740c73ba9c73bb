namespace Hearth.Releases.Quality;

/// <summary>From the facts read to one quality: source, resolution and modifier weighed together, with what was found where.</summary>
internal static partial class QualityScanner
{
    private static ParsedQuality Decide(ref QualityFacts f, string? extension)
    {
        var resolution = WrittenResolution(in f);
        var resolutionDetection = resolution > 0 ? DetectionSource.Name : DetectionSource.Unknown;
        var (source, modifier) = PreReleaseSource(in f) ?? ReleasedSource(in f, ref resolution);
        var sourceDetection = source == QualitySource.Unknown ? DetectionSource.Unknown : DetectionSource.Name;
        if (source == QualitySource.Unknown && extension is not null)
        {
            var fromExtension = Extensions.QualityOf(extension);
            if (resolution == 0 && fromExtension != Qualities.Unknown)
            {
                // the name says nothing of quality: the container is all there is (.avi SDTV, .mkv HDTV-720p, .iso a disc)
                return new ParsedQuality(fromExtension, f.Revision(), DetectionSource.Extension, DetectionSource.Extension);
            }
            if (resolution > 0 && fromExtension != Qualities.Unknown)
            {
                sourceDetection = DetectionSource.Extension;
            }
        }
        var quality = Qualities.From(source, resolution, modifier);
        return new ParsedQuality(quality, f.Revision(), sourceDetection, resolutionDetection);
    }

    // a resolution tag, else what 4K, UHD (without a Blu-ray resolution) and FHD stand for
    private static int WrittenResolution(in QualityFacts f)
    {
        if (f.Resolution == 0 && (f.FourK || (f.Uhd && !f.BlurayRes())))
        {
            return 2160;
        }
        return f.Resolution == 0 && f.FullHd ? 1080 : f.Resolution;
    }

    // a copy made before the release (camera, telesync, screener …) is that, whatever else the name says
    private static (QualitySource Source, QualityModifier Modifier)? PreReleaseSource(in QualityFacts f) =>
        f.Cam ? (QualitySource.Cam, QualityModifier.None)
        : f.Telesync ? (QualitySource.Telesync, QualityModifier.None)
        : f.Telecine ? (QualitySource.Telecine, QualityModifier.None)
        : f.Workprint ? (QualitySource.Workprint, QualityModifier.None)
        : f.Screener ? (QualitySource.Dvd, QualityModifier.Screener)
        : f.Regional ? (QualitySource.Dvd, QualityModifier.Regional)
        : null;

    /// <summary>
    /// The source of a released copy, strongest evidence first, and the resolution a source has by
    /// convention when the name writes none.
    /// </summary>
    private static (QualitySource Source, QualityModifier Modifier) ReleasedSource(in QualityFacts f, ref int resolution)
    {
        if (f.RawHd || (f.Mpeg2 && f.Tv && !f.Bluray && !f.Remux))
        {
            resolution = 1080;
            return (QualitySource.Television, QualityModifier.RawHd);
        }
        if (f.Remux && !f.WebDl && !f.WebRip && !f.Tv && !f.Dvd || (f.Remux && f.Bluray))
        {
            var modifier = resolution is 0 or >= 1080 ? QualityModifier.Remux : QualityModifier.None;
            resolution = OrDefault(resolution, f.Uhd ? 2160 : 1080);
            return (QualitySource.Bluray, modifier);
        }
        if (f.Bluray)
        {
            resolution = OrDefault(resolution, f.Xvid || f.Rip ? 480 : f.Disk || f.DiscCodec ? 1080 : 720);
            return (QualitySource.Bluray, BlurayModifier(in f));
        }
        if (f.WebRip)
        {
            resolution = OrDefault(resolution, 480);
            return (QualitySource.WebRip, QualityModifier.None);
        }
        if (f.WebDl || (f.BareWeb && (f.Resolution > 0 || f.BareWebAtEnd || f.Encoder || f.Xvid)))
        {
            resolution = OrDefault(resolution, f.Xvid || f.ShopLabel ? 480 : 720);
            return (QualitySource.WebDl, QualityModifier.None);
        }
        return BroadcastOrDiscSource(in f, ref resolution);
    }

    private static (QualitySource Source, QualityModifier Modifier) BroadcastOrDiscSource(in QualityFacts f, ref int resolution)
    {
        if (f.Tv)
        {
            resolution = OrDefault(resolution, (f.HdTvSpaced && !f.SdWord) || f.HighRes || f.HdtvBracket ? 720 : 480);
            return (QualitySource.Television, QualityModifier.None);
        }
        if (f.Dvd)
        {
            resolution = 480;
            return (QualitySource.Dvd, f.DvdR ? QualityModifier.Remux : QualityModifier.None);
        }
        if (f.Disk)
        {
            return (QualitySource.Bluray, QualityModifier.BrDisk);
        }
        if ((f.Xvid || f.Encoder) && resolution == 0)
        {
            // an encoder tag and nothing else: a TV capture by scene convention
            resolution = 480;
            return (QualitySource.Television, QualityModifier.None);
        }
        return (QualitySource.Unknown, QualityModifier.None);
    }

    private static QualityModifier BlurayModifier(in QualityFacts f)
    {
        if (f.German && f.BlurayWord && f.DiscCodec && !f.Encoder && !f.Rip && !f.Disk && f.Resolution is 1080 or 2160)
        {
            return QualityModifier.Remux;
        }
        if (f.Disk || (f.HdDvd && f.DiscCodec && !f.Encoder) || (f.BlurayWord && f.DiscCodec && !f.Encoder && !f.Rip))
        {
            return QualityModifier.BrDisk;
        }
        return QualityModifier.None;
    }

    private static int OrDefault(int resolution, int conventional) => resolution == 0 ? conventional : resolution;
}
