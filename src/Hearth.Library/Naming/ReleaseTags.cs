using System.Text.RegularExpressions;

namespace Hearth.Library.Naming;

/// <summary>
/// Scene and P2P release tokens (resolution, source, codec, audio, flags). Strong tags never occur in
/// a real title, so the first one marks where the title has certainly ended; weak tags ("proper",
/// "internal", …) are only trimmed from the end of what is left.
/// </summary>
internal static partial class ReleaseTags
{
    /// <summary>Index of the first strong release tag in normalised text, or -1.</summary>
    public static int FirstStrong(string text, int startAt = 0)
    {
        var match = StrongRegex().Match(text, startAt);
        return match.Success ? match.Index : -1;
    }

    public static bool ContainsStrong(string text) => StrongRegex().IsMatch(text);

    /// <summary>Removes weak tags that trail the text ("Movie Name PROPER" → "Movie Name").</summary>
    public static string TrimTrailingWeak(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = TrailingWeakRegex().Replace(text, "");
        }
        while (text.Length != previous.Length && text.Length > 0);
        return text;
    }

    private const string Strong =
        @"\d{3,4}[pi]|\d{3,4}x\d{3,4}|[48]k|uhd|blu-?ray|bd-?rip|br-?rip|bd-?remux|bd(?:25|50)|web-?dl|web-?rip|webhd|hdtv(?:rip)?|pdtv|sdtv|"
        + @"dvd-?rip|dvd-?scr|dvd[59]|dvd-?r|hd-?rip|hd-?cam|cam-?rip|hdts|telesync|telecine|tvrip|vhsrip|"
        + @"x26[45]|h[ .]?26[45]|hevc|avc|xvid|divx|av1|vp9|mpeg-?2|10-?bit|8-?bit|hdr10(?:plus|\+)?|dovi|"
        + @"aac(?:[ .]?\d[ .]\d)?|ac3|e-?ac-?3|dts(?:-?hd(?:[ .]?ma)?|-?x|-?ma|-?es)?|truehd|atmos|ddp(?:[ .]?\d[ .]\d)?|dd[ .]?\d[ .]\d|flac|"
        + @"amzn|dsnp|hmax|atvp|pcok|pmtp|readnfo|nfofix|dual[ .-]?audio";

    private const string Weak =
        @"proper|repack|rerip|real|internal|limited|multi|subbed|dubbed|hc|remux|hdr|sdr|dv|complete|web|dvd|nf|"
        + @"hulu|3d|h?sbs|ws|fs|ts|cam|scr|screener|r5|ita|eng|vostfr|french|german|truefrench";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:" + Strong + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongRegex();

    [GeneratedRegex(@"[\s\-_.]+(?:" + Weak + @")[\s\-_.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingWeakRegex();
}
