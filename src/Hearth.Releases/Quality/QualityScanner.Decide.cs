namespace Hearth.Releases.Quality;

/// <summary>From the facts read to one quality: source, resolution and modifier weighed together, with what was found where.</summary>
internal static partial class QualityScanner
{
    private static ParsedQuality Decide(ref QualityFacts f, string? extension)
    {
        var resolution = f.Resolution;
        var resolutionDetection = resolution > 0 ? DetectionSource.Name : DetectionSource.Unknown;
        if (resolution == 0 && (f.FourK || (f.Uhd && !f.BlurayRes())))
        {
            resolution = 2160;
            resolutionDetection = DetectionSource.Name;
        }
        if (resolution == 0 && f.FullHd)
        {
            resolution = 1080;
            resolutionDetection = DetectionSource.Name;
        }

        var source = QualitySource.Unknown;
        var modifier = QualityModifier.None;
        if (f.Cam)
        {
            source = QualitySource.Cam;
        }
        else if (f.Telesync)
        {
            source = QualitySource.Telesync;
        }
        else if (f.Telecine)
        {
            source = QualitySource.Telecine;
        }
        else if (f.Workprint)
        {
            source = QualitySource.Workprint;
        }
        else if (f.Screener)
        {
            source = QualitySource.Dvd;
            modifier = QualityModifier.Screener;
        }
        else if (f.Regional)
        {
            source = QualitySource.Dvd;
            modifier = QualityModifier.Regional;
        }
        else if (f.RawHd || (f.Mpeg2 && f.Tv && !f.Bluray && !f.Remux))
        {
            source = QualitySource.Television;
            modifier = QualityModifier.RawHd;
            resolution = 1080;
        }
        else if (f.Remux && !f.WebDl && !f.WebRip && !f.Tv && !f.Dvd || (f.Remux && f.Bluray))
        {
            source = QualitySource.Bluray;
            modifier = resolution is 0 or >= 1080 ? QualityModifier.Remux : QualityModifier.None;
            if (resolution == 0)
            {
                resolution = f.Uhd ? 2160 : 1080;
            }
        }
        else if (f.Bluray)
        {
            source = QualitySource.Bluray;
            if (f.German && f.BlurayWord && f.DiscCodec && !f.Encoder && !f.Rip && !f.Disk && f.Resolution is 1080 or 2160)
            {
                modifier = QualityModifier.Remux;
            }
            else if (f.Disk || (f.HdDvd && f.DiscCodec && !f.Encoder) || (f.BlurayWord && f.DiscCodec && !f.Encoder && !f.Rip))
            {
                modifier = QualityModifier.BrDisk;
            }
            if (resolution == 0)
            {
                resolution = f.Xvid || f.Rip ? 480 : f.Disk || f.DiscCodec ? 1080 : 720;
            }
        }
        else if (f.WebRip)
        {
            source = QualitySource.WebRip;
            if (resolution == 0)
            {
                resolution = 480;
            }
        }
        else if (f.WebDl || (f.BareWeb && (f.Resolution > 0 || f.BareWebAtEnd || f.Encoder || f.Xvid)))
        {
            source = QualitySource.WebDl;
            if (resolution == 0)
            {
                resolution = f.Xvid || f.ShopLabel ? 480 : 720;
            }
        }
        else if (f.Tv)
        {
            source = QualitySource.Television;
            if (resolution == 0)
            {
                resolution = (f.HdTvSpaced && !f.SdWord) || f.HighRes || f.HdtvBracket ? 720 : 480;
            }
        }
        else if (f.Dvd)
        {
            source = QualitySource.Dvd;
            modifier = f.DvdR ? QualityModifier.Remux : QualityModifier.None;
            resolution = 480;
        }
        else if (f.Disk)
        {
            source = QualitySource.Bluray;
            modifier = QualityModifier.BrDisk;
        }
        else if ((f.Xvid || f.Encoder) && resolution == 0)
        {
            source = QualitySource.Television;
            resolution = 480;
        }

        var sourceDetection = source == QualitySource.Unknown ? DetectionSource.Unknown : DetectionSource.Name;
        if (source == QualitySource.Unknown && resolution == 0 && extension is not null)
        {
            var fromExtension = Extensions.QualityOf(extension);
            if (fromExtension != Qualities.Unknown)
            {
                return new ParsedQuality(fromExtension, f.Revision(), DetectionSource.Extension, DetectionSource.Extension);
            }
        }
        if (source == QualitySource.Unknown && resolution > 0 && extension is not null && Extensions.QualityOf(extension) != Qualities.Unknown)
        {
            sourceDetection = DetectionSource.Extension;
        }
        var quality = Qualities.From(source, resolution, modifier);
        return new ParsedQuality(quality, f.Revision(), sourceDetection, resolutionDetection);
    }
}
