using Hearth.Releases.Text;

namespace Hearth.Releases.Languages;

/// <summary>Burnt-in subtitles: HC, HCSUB, KORSUB, "Hardsub" and the like (soft subs do not count).</summary>
internal static class HardcodedSubs
{
    public static string? Find(Scan scan)
    {
        for (var i = 0; i < scan.Count; i++)
        {
            var w = scan.Word(i);
            if (w.SequenceEqual("HC") || w.Equals("HCSUB", StringComparison.OrdinalIgnoreCase) || w.Equals("HCSUBS", StringComparison.OrdinalIgnoreCase)
                || w.Equals("HARDSUB", StringComparison.OrdinalIgnoreCase) || w.Equals("HARDSUBS", StringComparison.OrdinalIgnoreCase))
            {
                return "Generic Hardcoded Subs";
            }
            if (w.Length > 6 && w.EndsWith("SUBS", StringComparison.Ordinal) is false && w.EndsWith("SUB", StringComparison.Ordinal) && IsAllUpper(w) && !w.StartsWith("SUB", StringComparison.Ordinal))
            {
                return w.ToString();
            }
        }
        return null;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
