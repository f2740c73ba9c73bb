using System.Text.RegularExpressions;

namespace Hearth.Library.Metadata.Providers;

/// <summary>Takes keys out of an address before it is logged or shown.</summary>
public static partial class UrlRedaction
{
    public static string Redact(string url) => KeyParameter().Replace(url, "$1=redacted");

    [GeneratedRegex("(api_key|apikey|access_token|token)=[^&#]*", RegexOptions.IgnoreCase)]
    private static partial Regex KeyParameter();
}
