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
    public bool LastWasDiscCodec;
    public bool LastWasEncoder;
    public bool LastWasXvid;
    public bool LastWasMpeg2;

    public void AddHdr(string format)
    {
        Hdr ??= new List<string>(2);
        if (!Hdr.Contains(format))
        {
            Hdr.Add(format);
        }
    }
}
