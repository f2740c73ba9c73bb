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
            if (w.SequenceEqual("SUBBED"))
            {
                // scene rule: SUBBED in capitals marks burnt-in subtitles; "Subbed" in a tag bracket does not
                return "Generic Hardcoded Subs";
            }
            // KORSUB, KORSUBS, ENGSUBS: a language code and SUB(S) in capitals
            var cut = w.EndsWith("SUBS", StringComparison.Ordinal) ? 4 : w.EndsWith("SUB", StringComparison.Ordinal) ? 3 : 0;
            if (cut > 0 && w.Length - cut is 2 or 3 && IsAllUpper(w) && LanguageWords.Find(w[..^cut], false) is not null || w.Length > 6 && w.EndsWith("SUB", StringComparison.Ordinal) && IsAllUpper(w) && !w.StartsWith("SUB", StringComparison.Ordinal))
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
