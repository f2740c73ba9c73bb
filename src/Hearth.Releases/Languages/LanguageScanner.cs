using Hearth.Releases.Text;

namespace Hearth.Releases.Languages;

/// <summary>
/// Reads audio and subtitle languages from the words after the title. Languages written next to
/// SUB/SUBS are subtitles; "DL" beside German means the German dub plus the original audio (German
/// scene convention), "ML" adds English too.
/// </summary>
internal static class LanguageScanner
{
    /// <summary>The words that say something about languages without naming one: DL, ML, MULTI, Dubbed, Subs.</summary>
    private struct Markers
    {
        public bool Multi;
        public bool Dubbed;
        public bool Subbed;
        // German DL and ML (the German dub with the original audio; ML adds English)
        public bool GermanDl;
        public bool GermanMl;
        // the DL of WEB-DL, which is no language marker
        public bool WebDl;
    }

    public static LanguageResult Read(Scan scan, int from, int groupStart, int groupEnd)
    {
        var audio = new List<Language>(2);
        var subs = new List<Language>();
        var markers = new Markers();
        for (var i = from; i < scan.Count; i++)
        {
            var t = scan[i];
            if (t.Start >= groupStart && t.Start < groupEnd)
            {
                continue;
            }
            var w = scan.Word(i);
            if (ReadCompound(w, audio, subs, ref markers.Dubbed) || ReadMarker(scan, i, ref markers))
            {
                continue;
            }
            if (ContainsCjkChineseMarker(w))
            {
                Add(audio, Language.Chinese);
            }
            else if (w.SequenceEqual("ES") && i > 0 && scan.Is(i - 1, "DTS") && scan[i - 1].After == '-')
            {
                // DTS-ES is an audio format
            }
            else if (LanguageWords.Find(w, t.Depth > 0) is not null)
            {
                i = ReadRun(scan, i, from, audio, subs);
            }
        }
        if (audio.Contains(Language.German) && !markers.WebDl && (markers.GermanDl || markers.GermanMl))
        {
            Add(audio, Language.Original);
            if (markers.GermanMl)
            {
                Add(audio, Language.English);
            }
        }
        return new LanguageResult(audio, subs, markers.Multi, markers.Dubbed, markers.Subbed);
    }

    private static bool ReadMarker(Scan scan, int i, ref Markers markers)
    {
        var w = scan.Word(i);
        if (w.SequenceEqual("DL"))
        {
            var web = i > 0 && scan.Is(i - 1, "WEB");
            markers.WebDl |= web;
            markers.GermanDl |= !web;
        }
        else if (w.SequenceEqual("ML"))
        {
            markers.GermanMl = true;
        }
        else if (w.Equals("MULTI", StringComparison.OrdinalIgnoreCase) || w.Equals("DUAL", StringComparison.OrdinalIgnoreCase))
        {
            markers.Multi = true;
        }
        else if (w.Equals("Dubbed", StringComparison.OrdinalIgnoreCase) || w.Equals("Dub", StringComparison.OrdinalIgnoreCase))
        {
            markers.Dubbed = true;
        }
        else if (IsSubWord(w))
        {
            markers.Subbed = true;
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>
    /// A run of languages from <paramref name="i"/>: audio, or subtitles when SUB/SUBS says so. Returns the
    /// run's last word.
    /// </summary>
    private static int ReadRun(Scan scan, int i, int from, List<Language> audio, List<Language> subs)
    {
        var runEnd = i;
        while (runEnd + 1 < scan.Count && LanguageWords.Find(scan.Word(runEnd + 1), scan[runEnd + 1].Depth > 0) is not null)
        {
            runEnd++;
        }
        var target = IsSubtitleRun(scan, i, runEnd, from) ? subs : audio;
        for (var k = i; k <= runEnd; k++)
        {
            var l = LanguageWords.Find(scan.Word(k), scan[k].Depth > 0);
            if (l is not null)
            {
                Add(target, l.Value);
            }
        }
        return runEnd;
    }

    // "Sub Ita Eng" names subtitles; "Catala.Spanish.Subs" / "esp cat Subs" lists the audio and then says it has subtitles
    // ("Ger.Eng.Sub" and "Eng-Subs" are subtitle languages too: a singular Sub, or joined by a dash)
    private static bool IsSubtitleRun(Scan scan, int i, int runEnd, int from)
    {
        var next = runEnd + 1 < scan.Count ? scan.Word(runEnd + 1) : default;
        return i > from && IsSubWord(scan.Word(i - 1)) && !scan.IsAny(i - 1, "Multisub", "Multisubs")
            || (next.Equals("SUB", StringComparison.OrdinalIgnoreCase) && scan[runEnd + 1].Start - scan[runEnd].End == 1) || (IsSubWord(next) && scan[runEnd].After == '-');
    }

    private static bool IsSubWord(ReadOnlySpan<char> w) =>
        w.Equals("SUB", StringComparison.OrdinalIgnoreCase) || w.Equals("SUBS", StringComparison.OrdinalIgnoreCase)
        || w.Equals("SUBBED", StringComparison.OrdinalIgnoreCase) || w.Equals("SUBTITLES", StringComparison.OrdinalIgnoreCase)
        || w.Equals("SUBTITULOS", StringComparison.OrdinalIgnoreCase) || w.Equals("VOSTFR", StringComparison.OrdinalIgnoreCase) && false;

    // PLDUB, DUBPL, LEKPL, PLLEK, HUNDUB, HebDub(bed), RoDubbed, BGAUDIO, SUBFRENCH, PLSUB, ENSub, 2xUkr
    private static bool ReadCompound(ReadOnlySpan<char> w, List<Language> audio, List<Language> subs, ref bool dubbed)
    {
        if (w.Length < 4)
        {
            return false;
        }
        if (w.Length > 2 && w[0] is >= '1' and <= '9' && w[1] is 'x' or 'X' && LanguageWords.Find(w[2..], false) is { } counted)
        {
            Add(audio, counted);
            return true;
        }
        if (w.Length > 1 && w[0] is >= '1' and <= '9' && char.IsUpper(w[1]) && LanguageWords.Find(w[1..], false) is { } counted2)
        {
            Add(audio, counted2);
            return true;
        }
        foreach (var marker in (ReadOnlySpan<string>)["DUBBED", "DUB", "LEK", "AUDIO"])
        {
            if (w.EndsWith(marker, StringComparison.OrdinalIgnoreCase) && w.Length > marker.Length)
            {
                var l = LanguageWords.Find(w[..^marker.Length], false) ?? ShortDub(w[..^marker.Length]);
                if (l is not null)
                {
                    Add(audio, l.Value);
                    dubbed |= marker != "AUDIO";
                    return true;
                }
            }
            if (w.StartsWith(marker, StringComparison.OrdinalIgnoreCase) && w.Length > marker.Length && marker != "AUDIO")
            {
                var l = LanguageWords.Find(w[marker.Length..], false) ?? ShortDub(w[marker.Length..]);
                if (l is not null)
                {
                    Add(audio, l.Value);
                    dubbed = true;
                    return true;
                }
            }
        }
        foreach (var marker in (ReadOnlySpan<string>)["SUBBED", "SUBS", "SUB"])
        {
            if ((w.EndsWith(marker, StringComparison.OrdinalIgnoreCase) && w.Length > marker.Length && LanguageWords.Find(w[..^marker.Length], false) is { } s1)
                || (w.StartsWith(marker, StringComparison.OrdinalIgnoreCase) && w.Length > marker.Length && LanguageWords.Find(w[marker.Length..], false) is { } s2 && (s1 = s2) == s2))
            {
                Add(subs, s1);
                return true;
            }
        }
        return false;
    }

    // Ro, Heb, Hun written before Dub/Dubbed
    private static Language? ShortDub(ReadOnlySpan<char> w) =>
        w.Equals("Ro", StringComparison.OrdinalIgnoreCase) ? Language.Romanian
        : w.Equals("Heb", StringComparison.OrdinalIgnoreCase) ? Language.Hebrew
        : w.Equals("Hun", StringComparison.OrdinalIgnoreCase) ? Language.Hungarian
        : null;

    private static bool ContainsCjkChineseMarker(ReadOnlySpan<char> w) =>
        w.ContainsAny("简繁国中粵粤") || w.Contains("字幕", StringComparison.Ordinal);

    private static void Add(List<Language> list, Language language)
    {
        if (!list.Contains(language))
        {
            list.Add(language);
        }
    }
}

internal readonly record struct LanguageResult(List<Language> Audio, List<Language> Subtitles, bool Multi, bool Dubbed, bool Subbed);
