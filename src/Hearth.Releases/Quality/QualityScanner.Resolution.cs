using Hearth.Releases.Text;

namespace Hearth.Releases.Quality;

/// <summary>The resolution: 720p, 1080i, 1920x1080, 4K, and a source glued to its resolution (Bluray1080p).</summary>
internal static partial class QualityScanner
{
    private static bool ReadResolution(ReadOnlySpan<char> w, ref QualityFacts f)
    {
        int value;
        var x = w.IndexOfAny('x', 'X');
        if (x is 3 or 4 && Chars.ReadNumber(w, 0, out var width) == x && Chars.TryNumber(w[(x + 1)..], out value) && width >= 320)
        {
            Set(ref f, value, true);
            return true;
        }
        if (w.Length is 4 or 5 && (w[^1] is 'p' or 'P' or 'i' or 'I') && Chars.TryNumber(w[..^1], out value))
        {
            if (w[^1] is 'i' or 'I')
            {
                f.Interlaced = true;
            }
            Set(ref f, value, false);
            return true;
        }
        if (w.Equals("4K", StringComparison.OrdinalIgnoreCase))
        {
            f.FourK = true;
            return true;
        }
        if (w.Length > 6 && Chars.StartsWith(w, "4Kto") && ReadResolution(w[4..], ref f))
        {
            return true;
        }
        return false;
    }

    private static void Set(ref QualityFacts f, int value, bool fromSize)
    {
        var r = value switch
        {
            >= 2000 => 2160,
            >= 1400 => 1080,
            >= 1000 => 1080,
            >= 900 => 720,
            >= 700 => 720,
            >= 576 => 576,
            >= 240 => 480,
            _ => 0,
        };
        if (r > 0 && f.Resolution == 0)
        {
            f.Resolution = r;
            f.ResolutionFromSize = fromSize;
        }
    }

    // BD720p, Bluray1080p, [Bluray720p]: a source glued to a resolution
    private static bool ReadGluedSource(ReadOnlySpan<char> w, ref QualityFacts f)
    {
        if (w.Length <= 5 || w[^1] is not ('p' or 'P' or 'i' or 'I'))
        {
            return false;
        }
        var digits = w.Length - 1;
        while (digits > 0 && char.IsAsciiDigit(w[digits - 1]))
        {
            digits--;
        }
        if (digits == 0 || w.Length - 1 - digits < 3 || !ReadResolution(w[digits..], ref f))
        {
            return false;
        }
        Span<char> buffer = stackalloc char[16];
        var prefix = digits <= 16 ? buffer[..digits] : [];
        w[..digits].ToUpperInvariant(prefix);
        if (prefix is "BD" or "BLURAY")
        {
            f.Bluray = true;
            f.BlurayWord = prefix is "BLURAY";
        }
        else if (prefix is "WEBDL")
        {
            f.WebDl = true;
        }
        else if (prefix is "4KTO")
        {
            f.Resolution = 0;
            ReadResolution(w[digits..], ref f);
        }
        return true;
    }
}
