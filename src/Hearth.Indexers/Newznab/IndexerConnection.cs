namespace Hearth.Indexers.Newznab;

/// <summary>Where and how to reach one indexer. The API key is a secret: ToString leaves it out.</summary>
public sealed record IndexerConnection(string Url, string ApiKey, string? Proxy)
{
    /// <summary>
    /// The API address: the URL as given when it already ends in /api (Newznab sites, Prowlarr), else with
    /// /api added (Jackett's …/torznab/, Hearth's own …/torznab).
    /// </summary>
    public Uri ApiUri(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var baseUrl = Url.Trim().TrimEnd('/');
        var path = new Uri(baseUrl).AbsolutePath;
        if (!path.EndsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            baseUrl += "/api";
        }

        var query = string.Join('&', parameters.Append(new("apikey", ApiKey)).Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        return new Uri(baseUrl + (baseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query);
    }

    public override string ToString() => $"{Url} (proxy: {Proxies.ProxyAddress.Redact(Proxy) ?? "none"})";
}
