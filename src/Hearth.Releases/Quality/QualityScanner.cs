using Hearth.Releases.Text;

namespace Hearth.Releases.Quality;

/// <summary>
/// Reads source, resolution, modifier and revision from the words of a name, following the scene's
/// naming rules: the source tag (WEB-DL, BluRay, HDTV …), a resolution tag (720p, 1920x1080, 4K), and
/// markers for remuxes, disc images and raw captures. A source without a resolution takes the
/// resolution that source has by convention (an XviD rip is SD, a bare BluRay encode 720p).
/// </summary>
internal static partial class QualityScanner
{
    public static ParsedQuality Read(Scan scan, int from, int groupStart, string? extension, out MediaTags tags)
    {
        var f = new QualityFacts();
        tags = new MediaTags();
        // a disc image (.iso, .img) is a full disc whatever the name says
        f.Disk = extension is ".iso" or ".img";
        for (var i = from; i < scan.Count; i++)
        {
            ReadRevision(scan, i, ref f);
            if (scan[i].Start >= groupStart)
            {
                // a repost group tag (-DHD-Remux) is not part of the quality
                continue;
            }
            ReadWord(scan, i, ref f, ref tags);
        }
        return Decide(ref f, extension);
    }

    /// <summary>One word, read by the first stage that knows it: resolution, media tag, quality word, glued source, shop label.</summary>
    private static void ReadWord(Scan scan, int i, ref QualityFacts f, ref MediaTags tags)
    {
        var word = scan.Word(i);
        if (ReadResolution(word, ref f) || ReadMediaTag(scan, i, ref f, ref tags))
        {
            return;
        }
        if (QualityWords.TryGet(word, out var known))
        {
            ReadQualityWord(scan, i, known, ref f);
            return;
        }
        if (!ReadGluedSource(word, ref f))
        {
            ReadShopLabel(word, ref f);
        }
    }

    // codecs are media tags, but the decision weighs them too: a disc codec without an encoder is a disc or a remux
    private static bool ReadMediaTag(Scan scan, int i, ref QualityFacts f, ref MediaTags tags)
    {
        if (!MediaTagReader.Read(scan, i, ref tags))
        {
            return false;
        }
        f.DiscCodec |= tags.LastCodec.HasFlag(CodecMarks.DiscCodec);
        f.Encoder |= tags.LastCodec.HasFlag(CodecMarks.Encoder);
        f.Xvid |= tags.LastCodec.HasFlag(CodecMarks.Xvid);
        f.Mpeg2 |= tags.LastCodec.HasFlag(CodecMarks.Mpeg2);
        return true;
    }

    // streaming shops that label their web downloads with a quality: AmazonHD, NetflixUHD, iTunesHD
    private static void ReadShopLabel(ReadOnlySpan<char> w, ref QualityFacts f)
    {
        if (w.Length > 4 && (Chars.EndsWith(w, "HD") || Chars.EndsWith(w, "SD")) && StreamingServices.IsShopLabel(w))
        {
            f.WebDl = true;
            f.ShopLabel = true;
        }
    }
}
