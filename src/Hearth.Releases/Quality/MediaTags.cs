namespace Hearth.Releases.Quality;

/// <summary>Video and audio facts written in a name, beside the quality proper.</summary>
internal struct MediaTags
{
    public string? VideoCodec;
    public int? BitDepth;
    public List<string>? Hdr;
    public string? AudioCodec;
    public string? AudioChannels;
    public string? StreamingService;

    /// <summary>What the codec word just read tells the quality decision (none when the word was no codec).</summary>
    public CodecMarks LastCodec;

    public void AddHdr(string format)
    {
        Hdr ??= new List<string>(2);
        if (!Hdr.Contains(format))
        {
            Hdr.Add(format);
        }
    }
}

/// <summary>
/// What a codec word says about the source: a disc's codec (AVC, HEVC, VC-1, MPEG-2) without an encoder is a
/// disc or a remux, an encoder (x264) means an encode, XviD and DivX an SD one, MPEG-2 from TV a raw capture.
/// </summary>
[Flags]
internal enum CodecMarks
{
    None = 0,
    DiscCodec = 1 << 0,
    Encoder = 1 << 1,
    Xvid = 1 << 2,
    Mpeg2 = 1 << 3,
}
