using Hearth.Releases.Languages;
using Hearth.Releases.Text;

namespace Hearth.Releases.Episodes;

/// <summary>
/// The episode's own title, as Sonarr, Plex and Jellyfin write it after the numbering
/// ("Show - S01E02 - Pilot [WEBDL-1080p]" → "Pilot"): the words from the numbering to the first tag,
/// bracket of tags, group or hash.
/// </summary>
internal static class EpisodeTitleScanner
{
    public static string? Read(Scan scan, string name, int next, int stop)
    {
        var first = next;
        // flags right after the numbering ("S01E02.PROPER.720p") are not a title
        while (first < scan.Count && IsFlag(scan.Word(first)))
        {
            first++;
        }
        if (first >= scan.Count || scan[first].Start >= stop || InTagBracket(scan, name, first))
        {
            return null;
        }
        var last = first - 1;
        var cutAtTag = false;
        for (var i = first; i < scan.Count && scan[i].End <= stop; i++)
        {
            if (IsTag(scan.Word(i)) || (i > first && InTagBracket(scan, name, i) && !InTagBracket(scan, name, i - 1)))
            {
                cutAtTag = true;
                break;
            }
            last = i;
        }
        // before tags, trailing languages and flags belong to the tags ("Pilot.GERMAN.DL.720p")
        while (cutAtTag && last >= first && (IsFlag(scan.Word(last)) || LanguageWords.Find(scan.Word(last), false) is not null))
        {
            last--;
        }
        if (last < first)
        {
            return null;
        }
        // "- 09 (2021) [SubsPlease]": a year in parentheses is the show's, not an episode title
        if (first == last && scan[first] is { Depth: 1, Before: '(', After: ')' } && Chars.IsYear(scan.Word(first), out _))
        {
            return null;
        }
        var end = scan[last].End;
        var start = scan[first].Start;
        // a title's own punctuation ends its last word ("Go!"), and a parenthesis it opened closes ("Battlefield (1)")
        while (end < name.Length && end < stop && (name[end] is '!' or '?' or '\'' || name[end] == ')' && Opens(name, start, end)))
        {
            end++;
        }
        var text = TitleCleaner.Clean(name.AsSpan(start, end - start));
        return text.Length > 0 ? text : null;
    }

    private static bool Opens(string name, int start, int end) =>
        name.AsSpan(start, end - start).Count('(') > name.AsSpan(start, end - start).Count(')');

    // "[1080p]", "[WEBDL-1080p]": a square bracket that opens on a tag holds tags only
    private static bool InTagBracket(Scan scan, string name, int i)
    {
        if (scan[i].Depth == 0)
        {
            return false;
        }
        var open = name.LastIndexOfAny(['[', '(', '{'], scan[i].Start);
        return open >= 0 && name[open] == '[';
    }

    // "The Web" is an episode title; "WEB" in capitals is a source
    private static bool IsTag(ReadOnlySpan<char> w) =>
        TagWords.IsStrongTag(w) && !(w.Equals("WEB", StringComparison.OrdinalIgnoreCase) && !w.SequenceEqual("WEB"));

    private static bool IsFlag(ReadOnlySpan<char> w) =>
        w.Equals("PROPER", StringComparison.OrdinalIgnoreCase) || w.Equals("REPACK", StringComparison.OrdinalIgnoreCase)
        || w.Equals("REAL", StringComparison.OrdinalIgnoreCase) || w.Equals("INTERNAL", StringComparison.OrdinalIgnoreCase)
        || w.Equals("LIMITED", StringComparison.OrdinalIgnoreCase) || w.Equals("RERIP", StringComparison.OrdinalIgnoreCase)
        || w.SequenceEqual("MULTi") || w.SequenceEqual("MULTI") || w.SequenceEqual("DL") || w.SequenceEqual("SUBBED") || w.SequenceEqual("DUBBED");
}
