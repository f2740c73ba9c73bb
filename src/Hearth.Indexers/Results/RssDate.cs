using System.Globalization;

namespace Hearth.Indexers.Results;

/// <summary>RFC 822 dates as RSS writes them ("Sat, 14 Mar 2015 17:10:42 -0400"), and the variants indexers use.</summary>
internal static class RssDate
{
    private static readonly string[] Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz",
    ];

    public static DateTimeOffset? Parse(string value)
    {
        if (value.Length is 0 or > 64)
        {
            return null;
        }

        var text = value.Trim();
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            var zone = text[(space + 1)..];
            var normalized = zone switch
            {
                "GMT" or "UT" or "UTC" or "Z" => "+00:00",
                _ when zone.Length == 5 && zone[0] is '+' or '-' && zone.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false => zone[..3] + ":" + zone[3..],
                _ => zone,
            };
            text = string.Concat(text.AsSpan(0, space + 1), normalized);
        }

        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return exact;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose) ? loose : null;
    }
}
