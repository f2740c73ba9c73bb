using System.Text;

namespace Hearth.Library.Probing;

/// <summary>
/// Says in words why ffprobe could not read a file, from what the file is: empty, text, a web page, an
/// archive, a picture, or a container cut before its index. ffprobe's words stay as the detail.
/// </summary>
public static class UnreadableFile
{
    private const int SniffBytes = 4096;

    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0xFF, 0xD8, 0xFF], "a JPEG picture"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG picture"),
        ("GIF8"u8.ToArray(), "a GIF picture"),
        ("d8:announce"u8.ToArray(), "a .torrent file"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program"),
        ("MZ"u8.ToArray(), "a Windows program"),
    ];

    /// <param name="ffprobeWords">ffprobe's last line without the file name ("Invalid data found when processing input").</param>
    /// <param name="standardError">All ffprobe printed: the lines before the last one often say more ("moov atom not found").</param>
    public static MediaProbeException Explain(string path, string ffprobeWords, string standardError)
    {
        if (standardError.Contains("Permission denied", StringComparison.OrdinalIgnoreCase))
        {
            return new(ProbeFailure.NoAccess, "no access: Hearth is not allowed to read this file", ffprobeWords);
        }

        byte[] head;
        long length;
        try
        {
            using var stream = File.OpenRead(path);
            length = stream.Length;
            head = new byte[(int)Math.Min(SniffBytes, length)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(ProbeFailure.Unreadable, "cannot be read as a video", ffprobeWords);
        }

        if (length == 0)
        {
            return new(ProbeFailure.Empty, "the file is empty (0 bytes)", ffprobeWords);
        }

        if (What(head) is { } what)
        {
            return new(ProbeFailure.NotMedia, $"not a video: it looks like {what}", ffprobeWords);
        }

        if (standardError.Contains("moov atom not found", StringComparison.OrdinalIgnoreCase))
        {
            // an MP4 whose index was to come last: the end of the file is missing
            return new(ProbeFailure.Truncated, "truncated: the file ends before its index, so it was cut short", "moov atom not found: " + ffprobeWords);
        }

        if (head.All(b => b == 0))
        {
            return new(ProbeFailure.NotMedia, "not a video: it begins with nothing but zero bytes", ffprobeWords);
        }

        return new(ProbeFailure.Unreadable, "cannot be read as a video", ffprobeWords);
    }

    /// <summary>What the first bytes say the file is, when it is plainly not media.</summary>
    internal static string? What(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, what) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return what;
            }
        }

        if (!LooksLikeText(head))
        {
            return null;
        }

        var start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? "a web page (HTML)"
            : start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) ? "an XML file" : "a text file";
    }

    /// <summary>Valid UTF-8 without control bytes other than tab, line feed, carriage return and form feed.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                return false;
            }
        }

        // a multi-byte character cut at the end of the sniffed bytes is still text
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (var trim = 0; trim < 4 && trim < head.Length; trim++)
        {
            try
            {
                utf8.GetCharCount(head[..^trim]);
                return true;
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return false;
    }
}
