namespace Hearth.Releases.Quality;

/// <summary>
/// Every quality, in the order users rank them (worst first), with the names Sonarr and Radarr users
/// already know. One list serves shows and movies: a show simply never gets a CAM or a BR-DISK.
/// </summary>
public static class Qualities
{
    public static readonly QualityDefinition Unknown = new(0, "Unknown", QualitySource.Unknown, 0, QualityModifier.None, 0);
    public static readonly QualityDefinition Workprint = new(24, "WORKPRINT", QualitySource.Workprint, 0, QualityModifier.None, 1);
    public static readonly QualityDefinition Cam = new(25, "CAM", QualitySource.Cam, 0, QualityModifier.None, 2);
    public static readonly QualityDefinition Telesync = new(26, "TELESYNC", QualitySource.Telesync, 720, QualityModifier.None, 3);
    public static readonly QualityDefinition Telecine = new(27, "TELECINE", QualitySource.Telecine, 480, QualityModifier.None, 4);
    public static readonly QualityDefinition Regional = new(29, "REGIONAL", QualitySource.Dvd, 480, QualityModifier.Regional, 5);
    public static readonly QualityDefinition DvdScreener = new(28, "DVDSCR", QualitySource.Dvd, 480, QualityModifier.Screener, 6);
    public static readonly QualityDefinition Sdtv = new(1, "SDTV", QualitySource.Television, 480, QualityModifier.None, 7);
    public static readonly QualityDefinition Dvd = new(2, "DVD", QualitySource.Dvd, 480, QualityModifier.None, 8);
    public static readonly QualityDefinition DvdR = new(23, "DVD-R", QualitySource.Dvd, 480, QualityModifier.Remux, 9);
    public static readonly QualityDefinition WebDl480p = new(8, "WEBDL-480p", QualitySource.WebDl, 480, QualityModifier.None, 10);
    public static readonly QualityDefinition WebRip480p = new(12, "WEBRip-480p", QualitySource.WebRip, 480, QualityModifier.None, 10);
    public static readonly QualityDefinition Bluray480p = new(13, "Bluray-480p", QualitySource.Bluray, 480, QualityModifier.None, 11);
    public static readonly QualityDefinition Bluray576p = new(22, "Bluray-576p", QualitySource.Bluray, 576, QualityModifier.None, 12);
    public static readonly QualityDefinition Hdtv720p = new(4, "HDTV-720p", QualitySource.Television, 720, QualityModifier.None, 13);
    public static readonly QualityDefinition WebDl720p = new(5, "WEBDL-720p", QualitySource.WebDl, 720, QualityModifier.None, 14);
    public static readonly QualityDefinition WebRip720p = new(14, "WEBRip-720p", QualitySource.WebRip, 720, QualityModifier.None, 14);
    public static readonly QualityDefinition Bluray720p = new(6, "Bluray-720p", QualitySource.Bluray, 720, QualityModifier.None, 15);
    public static readonly QualityDefinition Hdtv1080p = new(9, "HDTV-1080p", QualitySource.Television, 1080, QualityModifier.None, 16);
    public static readonly QualityDefinition RawHd = new(10, "Raw-HD", QualitySource.Television, 1080, QualityModifier.RawHd, 17);
    public static readonly QualityDefinition WebDl1080p = new(3, "WEBDL-1080p", QualitySource.WebDl, 1080, QualityModifier.None, 18);
    public static readonly QualityDefinition WebRip1080p = new(15, "WEBRip-1080p", QualitySource.WebRip, 1080, QualityModifier.None, 18);
    public static readonly QualityDefinition Bluray1080p = new(7, "Bluray-1080p", QualitySource.Bluray, 1080, QualityModifier.None, 19);
    public static readonly QualityDefinition Remux1080p = new(20, "Bluray-1080p Remux", QualitySource.Bluray, 1080, QualityModifier.Remux, 20);
    public static readonly QualityDefinition Hdtv2160p = new(16, "HDTV-2160p", QualitySource.Television, 2160, QualityModifier.None, 21);
    public static readonly QualityDefinition WebDl2160p = new(18, "WEBDL-2160p", QualitySource.WebDl, 2160, QualityModifier.None, 22);
    public static readonly QualityDefinition WebRip2160p = new(17, "WEBRip-2160p", QualitySource.WebRip, 2160, QualityModifier.None, 22);
    public static readonly QualityDefinition Bluray2160p = new(19, "Bluray-2160p", QualitySource.Bluray, 2160, QualityModifier.None, 23);
    public static readonly QualityDefinition Remux2160p = new(21, "Bluray-2160p Remux", QualitySource.Bluray, 2160, QualityModifier.Remux, 24);
    public static readonly QualityDefinition BrDisk = new(30, "BR-DISK", QualitySource.Bluray, 1080, QualityModifier.BrDisk, 25);

    /// <summary>All qualities, worst first.</summary>
    public static readonly IReadOnlyList<QualityDefinition> All =
    [
        Unknown, Workprint, Cam, Telesync, Telecine, Regional, DvdScreener, Sdtv, Dvd, DvdR,
        WebDl480p, WebRip480p, Bluray480p, Bluray576p, Hdtv720p, WebDl720p, WebRip720p, Bluray720p,
        Hdtv1080p, RawHd, WebDl1080p, WebRip1080p, Bluray1080p, Remux1080p,
        Hdtv2160p, WebDl2160p, WebRip2160p, Bluray2160p, Remux2160p, BrDisk,
    ];

    /// <summary>The quality by its display name (case-insensitive), e.g. <c>WEBDL-1080p</c>.</summary>
    public static QualityDefinition? FindByName(string name)
    {
        foreach (var quality in All)
        {
            if (string.Equals(quality.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return quality;
            }
        }
        return null;
    }

    /// <summary>
    /// The quality for a source, resolution and modifier. Remuxes exist only at 1080p and 2160p (a 720p
    /// "remux" is an ordinary Blu-ray encode by every convention), a source without resolution takes
    /// the resolution the source usually has.
    /// </summary>
    public static QualityDefinition From(QualitySource source, int resolution, QualityModifier modifier)
    {
        switch (modifier)
        {
            case QualityModifier.BrDisk:
                return BrDisk;
            case QualityModifier.RawHd:
                return RawHd;
            case QualityModifier.Regional:
                return Regional;
            case QualityModifier.Screener:
                return DvdScreener;
            case QualityModifier.Remux when source == QualitySource.Dvd:
                return DvdR;
            case QualityModifier.Remux when resolution >= 2160:
                return Remux2160p;
            case QualityModifier.Remux when resolution >= 1080 || resolution == 0:
                return Remux1080p;
            default:
                break;
        }

        return source switch
        {
            QualitySource.Cam => Cam,
            QualitySource.Telesync => Telesync,
            QualitySource.Telecine => Telecine,
            QualitySource.Workprint => Workprint,
            QualitySource.Dvd => Dvd,
            QualitySource.Television => resolution switch
            {
                >= 2160 => Hdtv2160p,
                >= 1080 => Hdtv1080p,
                >= 720 => Hdtv720p,
                _ => Sdtv,
            },
            QualitySource.WebDl => resolution switch
            {
                >= 2160 => WebDl2160p,
                >= 1080 => WebDl1080p,
                >= 720 => WebDl720p,
                _ => WebDl480p,
            },
            QualitySource.WebRip => resolution switch
            {
                >= 2160 => WebRip2160p,
                >= 1080 => WebRip1080p,
                >= 720 => WebRip720p,
                _ => WebRip480p,
            },
            QualitySource.Bluray => resolution switch
            {
                >= 2160 => Bluray2160p,
                >= 1080 => Bluray1080p,
                >= 720 => Bluray720p,
                576 => Bluray576p,
                _ => Bluray480p,
            },
            _ => resolution switch
            {
                >= 2160 => Hdtv2160p,
                >= 1080 => Hdtv1080p,
                >= 720 => Hdtv720p,
                > 0 => Sdtv,
                _ => Unknown,
            },
        };
    }
}
