using Hearth.Releases.Text;

namespace Hearth.Releases.Quality;

/// <summary>The revision: PROPER, REPACK and RERIP (with their numbers), REAL, and anime's v2.</summary>
internal static partial class QualityScanner
{
    private static void ReadRevision(Scan scan, int i, ref QualityFacts f)
    {
        var w = scan.Word(i);
        if (w.Equals("PROPER", StringComparison.OrdinalIgnoreCase))
        {
            f.Version = Math.Max(f.Version, 2);
        }
        else if (Chars.StartsWith(w, "REPACK") || Chars.StartsWith(w, "RERIP"))
        {
            var digits = w[(Chars.StartsWith(w, "REPACK") ? 6 : 5)..];
            if (digits.IsEmpty || Chars.TryNumber(digits, out _))
            {
                var n = digits.IsEmpty ? 1 : int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
                f.Version = Math.Max(f.Version, n + 1);
                f.Repack = true;
            }
            else if (w.Equals("REPACKPOST", StringComparison.OrdinalIgnoreCase))
            {
                // a poster's tag, not a repack
            }
        }
        else if (w.SequenceEqual("REAL"))
        {
            // scene rule: REAL is always written in capitals; "Real" is a word of the title
            f.Real++;
        }
        else if (AnimeVersion(w, scan, i, out var v))
        {
            f.Version = Math.Max(f.Version, v);
        }
    }

    // 01v2, S01E01v2, 2018v2, or a lone v2 after a number or in brackets
    private static bool AnimeVersion(ReadOnlySpan<char> w, Scan scan, int i, out int version)
    {
        version = 0;
        var v = w.LastIndexOfAny('v', 'V');
        if (v < 0 || v == w.Length - 1 || w.Length - v > 2 || !char.IsAsciiDigit(w[^1]))
        {
            return false;
        }
        if (v == 0)
        {
            // a lone v2 in brackets or right after the numbering (01 v2, S01E01 v2)
            var lone = scan[i].Depth > 0 || (i > 0 && char.IsAsciiDigit(scan.Word(i - 1)[^1]));
            if (!lone)
            {
                return false;
            }
        }
        else if (!char.IsAsciiDigit(w[v - 1]))
        {
            return false;
        }
        version = w[^1] - '0';
        return version >= 2;
    }
}
