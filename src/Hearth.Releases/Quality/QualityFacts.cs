namespace Hearth.Releases.Quality;

/// <summary>What the words of a name said about its quality, before deciding which rule wins.</summary>
internal struct QualityFacts
{
    public int Resolution;
    public bool ResolutionFromSize;
    public bool Interlaced;
    public bool FourK;
    public bool Uhd;
    public bool FullHd;
    public bool German;

    public bool Bluray;
    public bool BlurayWord;
    public bool Rip;
    public bool Remux;
    public bool Disk;
    public bool HdDvd;
    public bool DiscCodec;
    public bool Encoder;
    public bool WebDl;
    public bool ShopLabel;
    public bool WebRip;
    public bool BareWeb;
    public bool BareWebAtEnd;
    public bool Tv;
    public bool HdtvWord;
    public bool HdtvBracket;
    public bool HdTvSpaced;
    public bool SdWord;
    public bool HighRes;
    public bool Dvd;
    public bool DvdR;
    public bool SkipNextDvd;
    public bool Screener;
    public bool Regional;
    public bool Cam;
    public bool Telesync;
    public bool Telecine;
    public bool Workprint;
    public bool RawHd;
    public bool Mpeg2;
    public bool Xvid;
    public int Version;
    public int Real;
    public bool Repack;

    public readonly bool BlurayRes() => Resolution > 0;

    public readonly Revision Revision() =>
        Version <= 1 && Real == 0 && !Repack ? Quality.Revision.Default : new Revision(Math.Max(1, Version), Real, Repack);
}
