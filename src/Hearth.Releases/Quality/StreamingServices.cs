namespace Hearth.Releases.Quality;

/// <summary>The short tags web releases carry for the shop they were taken from (AMZN, NF, DSNP …).</summary>
internal static class StreamingServices
{
    private static readonly (string Tag, string Name)[] Tags =
    [
        ("AMZN", "Amazon"), ("NF", "Netflix"), ("DSNP", "Disney+"), ("DSNY", "Disney+"), ("HULU", "Hulu"),
        ("ATVP", "Apple TV+"), ("ATV", "Apple TV+"), ("HMAX", "HBO Max"), ("MAX", "Max"), ("PMTP", "Paramount+"),
        ("PCOK", "Peacock"), ("CRAV", "Crave"), ("STAN", "Stan"), ("IT", "iTunes"), ("ITUNES", "iTunes"),
        ("CR", "Crunchyroll"), ("FUNI", "Funimation"), ("HIDIVE", "HIDIVE"), ("VRV", "VRV"), ("SHO", "Showtime"),
        ("NETFLIX", "Netflix"), ("AMAZON", "Amazon"), ("ROKU", "Roku"), ("TUBI", "Tubi"), ("BCORE", "Bravia Core"),
        ("MUBI", "MUBI"), ("CC", "Comedy Central"), ("AE", "A&E"), ("DCU", "DC Universe"), ("RED", "YouTube Red"),
        ("BKPL", "Blackpills"), ("SKST", "SkyShowtime"), ("VIAP", "Viaplay"), ("IP", "BBC iPlayer"), ("ALL4", "Channel 4"),
        ("MY5", "Channel 5"), ("NOW", "NOW"), ("BILIBILI", "Bilibili"), ("VIKI", "Viki"), ("KNPY", "Kanopy"),
    ];

    // two-letter tags double as ordinary words; only these are safe outside brackets
    private static readonly string[] SafeShort = ["NF", "CR", "IP", "AE", "CC"];

    private static readonly Text.WordMap<(string Tag, string Name)> TagMap = new(Tags.Select(t => KeyValuePair.Create(t.Tag, t)));

    public static string? Find(ReadOnlySpan<char> word, bool inBrackets)
    {
        if (!TagMap.TryGet(word, out var entry) || !(word.Equals(entry.Tag, StringComparison.Ordinal) || word.Length > 3))
        {
            return null;
        }
        if (entry.Tag.Length <= 2 && !inBrackets && Array.IndexOf(SafeShort, entry.Tag) < 0)
        {
            return null;
        }
        return entry.Name;
    }

    /// <summary>AmazonHD, NetflixUHD, iTunesHD, MaxdomeHD, HBOMaxHD, DisneyHD: a shop name with a quality label.</summary>
    public static bool IsShopLabel(ReadOnlySpan<char> word)
    {
        var stem = word.EndsWith("UHD", StringComparison.OrdinalIgnoreCase) ? word[..^3] : word[..^2];
        foreach (var shop in (ReadOnlySpan<string>)["Amazon", "Netflix", "iTunes", "Maxdome", "HBOMax", "Disney", "Apple", "Sky", "Hulu", "Web"])
        {
            if (stem.Equals(shop, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
