namespace Hearth.Releases.Languages;

/// <summary>
/// A subtitle file named after its video: "Video.en.forced.srt", "Video.default.eng.Commentary.ass".
/// The dotted parts after the video's name give the language, flags (default, forced, SDH) and a title.
/// </summary>
public sealed record SubtitleFile(Language Language, IReadOnlyList<string> Tags, string? Title)
{
    private static readonly string[] Flags = ["default", "forced", "sdh", "cc", "hi", "foreign"];

    public static SubtitleFile Parse(string path)
    {
        var name = Path.GetFileName(path.Replace('\\', '/'));
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }
        var parts = name.Contains('.') ? name.Split('.') : name.Split('-');
        var language = Language.Unknown;
        var tags = new List<string>();
        string? title = null;
        // the first part is the video's own name
        for (var i = parts.Length - 1; i >= 1; i--)
        {
            var part = parts[i].Trim();
            if (Array.IndexOf(Flags, part.ToLowerInvariant()) >= 0)
            {
                if (part.Equals("default", StringComparison.OrdinalIgnoreCase) || part.Equals("forced", StringComparison.OrdinalIgnoreCase))
                {
                    tags.Insert(0, part.ToLowerInvariant());
                }
                continue;
            }
            if (language == Language.Unknown && FindLanguage(part) is { } l)
            {
                language = l;
                continue;
            }
            var dash = part.IndexOf('-');
            if (language == Language.Unknown && dash > 0 && FindLanguage(part[..dash]) is { } l2)
            {
                language = l2;
                title = part[(dash + 1)..];
                continue;
            }
            title ??= StripCopyNumber(part);
        }
        return language == Language.Unknown ? new SubtitleFile(Language.Unknown, [], null) : new SubtitleFile(language, tags, title);
    }

    private static Language? FindLanguage(string part) =>
        part.Length is 2 or 3 ? LanguageWords.Find(part.ToUpperInvariant(), true) : LanguageWords.Find(part, true);

    // "mytitle - 1": a copy number a player adds, not part of the title
    private static string StripCopyNumber(string part)
    {
        var dash = part.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 && int.TryParse(part.AsSpan(dash + 3), out _) ? part[..dash] : part;
    }
}
