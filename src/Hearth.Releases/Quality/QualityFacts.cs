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

    /// <summary>Sets every fact the marks name; a fact once set stays set.</summary>
    public void Mark(QualityMarks marks)
    {
        Bluray |= marks.HasFlag(QualityMarks.Bluray);
        BlurayWord |= marks.HasFlag(QualityMarks.BlurayWord);
        Uhd |= marks.HasFlag(QualityMarks.Uhd);
        FullHd |= marks.HasFlag(QualityMarks.FullHd);
        Rip |= marks.HasFlag(QualityMarks.Rip);
        Remux |= marks.HasFlag(QualityMarks.Remux);
        Disk |= marks.HasFlag(QualityMarks.Disk);
        HdDvd |= marks.HasFlag(QualityMarks.HdDvd);
        WebDl |= marks.HasFlag(QualityMarks.WebDl);
        WebRip |= marks.HasFlag(QualityMarks.WebRip);
        Tv |= marks.HasFlag(QualityMarks.Tv);
        HdtvWord |= marks.HasFlag(QualityMarks.HdtvWord);
        HdTvSpaced |= marks.HasFlag(QualityMarks.HdTvSpaced);
        SdWord |= marks.HasFlag(QualityMarks.SdWord);
        HighRes |= marks.HasFlag(QualityMarks.HighRes);
        Dvd |= marks.HasFlag(QualityMarks.Dvd);
        DvdR |= marks.HasFlag(QualityMarks.DvdR);
        SkipNextDvd |= marks.HasFlag(QualityMarks.SkipNextDvd);
        Screener |= marks.HasFlag(QualityMarks.Screener);
        Regional |= marks.HasFlag(QualityMarks.Regional);
        Cam |= marks.HasFlag(QualityMarks.Cam);
        Telesync |= marks.HasFlag(QualityMarks.Telesync);
        Telecine |= marks.HasFlag(QualityMarks.Telecine);
        Workprint |= marks.HasFlag(QualityMarks.Workprint);
        RawHd |= marks.HasFlag(QualityMarks.RawHd);
    }

    public readonly Revision Revision() =>
        Version <= 1 && Real == 0 && !Repack ? Quality.Revision.Default : new Revision(Math.Max(1, Version), Real, Repack);
}

/// <summary>
/// The facts a quality word sets on its own (see <see cref="QualityFacts"/>), so the vocabulary can be a
/// table of words and what they mark rather than a case per word.
/// </summary>
[Flags]
internal enum QualityMarks
{
    None = 0,
    Bluray = 1 << 0,
    BlurayWord = 1 << 1,
    Uhd = 1 << 2,
    FullHd = 1 << 3,
    Rip = 1 << 4,
    Remux = 1 << 5,
    Disk = 1 << 6,
    HdDvd = 1 << 7,
    WebDl = 1 << 8,
    WebRip = 1 << 9,
    Tv = 1 << 10,
    HdtvWord = 1 << 11,
    HdTvSpaced = 1 << 12,
    SdWord = 1 << 13,
    HighRes = 1 << 14,
    Dvd = 1 << 15,
    DvdR = 1 << 16,
    SkipNextDvd = 1 << 17,
    Screener = 1 << 18,
    Regional = 1 << 19,
    Cam = 1 << 20,
    Telesync = 1 << 21,
    Telecine = 1 << 22,
    Workprint = 1 << 23,
    RawHd = 1 << 24,
}
