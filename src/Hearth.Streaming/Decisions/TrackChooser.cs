using Hearth.Core.Media;

namespace Hearth.Streaming.Decisions;

/// <summary>Which audio and subtitle tracks to play when the client does not name them.</summary>
public static class TrackChooser
{
    /// <summary>The asked index; else the first track in the most preferred language; else the default; else the first.</summary>
    public static AudioTrack? Audio(MediaDescription media, int? index, IReadOnlyList<string>? languages)
    {
        if (index is { } asked)
        {
            return media.Audio.FirstOrDefault(a => a.Index == asked);
        }

        foreach (var language in languages ?? [])
        {
            var match = media.Audio.FirstOrDefault(a => SameLanguage(a.Language, language));
            if (match is not null)
            {
                return match;
            }
        }

        return media.Audio.FirstOrDefault(a => a.IsDefault) ?? media.Audio.FirstOrDefault();
    }

    /// <summary>
    /// The asked index (-1: none); else, when nothing is asked, forced subtitles in the audio's language: the
    /// parts of a film spoken in another language, which a viewer of that audio always needs.
    /// </summary>
    public static SubtitleTrack? Subtitle(MediaDescription media, int? index, AudioTrack? audio)
    {
        if (index is { } asked)
        {
            return asked < 0 ? null : media.Subtitles.FirstOrDefault(s => s.Index == asked);
        }

        if (audio?.Language is not { } language)
        {
            return null;
        }

        return media.Subtitles.Where(s => s.IsForced && SameLanguage(s.Language, language))
            .OrderBy(s => s.IsImage)
            .FirstOrDefault();
    }

    /// <summary>ISO 639-2/B and 639-1 spellings of the same language match (<c>eng</c>, <c>en</c>).</summary>
    public static bool SameLanguage(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        return string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string code) => code.ToLowerInvariant() switch
    {
        "en" => "eng",
        "de" or "ger" => "deu",
        "fr" or "fre" => "fra",
        "es" => "spa",
        "it" => "ita",
        "ja" => "jpn",
        "nl" or "dut" => "nld",
        "pt" => "por",
        "sv" => "swe",
        "zh" or "chi" => "zho",
        "ko" => "kor",
        "ru" => "rus",
        var other => other,
    };
}
