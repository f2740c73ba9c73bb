using Hearth.Core.Indexers;

namespace Hearth.Indexers.Results;

/// <summary>The fields of one item while it is read; <see cref="ToRelease"/> decides whether it is usable.</summary>
internal struct ItemFields
{
    public string? Title;
    public string? Guid;
    public string? Link;
    public string? Comments;
    public DateTimeOffset? PublishDate;
    public long? Size;
    public string? EnclosureUrl;
    public long? EnclosureLength;
    public string? Magnet;
    public string? InfoHash;
    public List<int>? Categories;
    public int? Seeders;
    public int? Peers;
    public int? Grabs;
    public double? DownloadFactor;
    public double? UploadFactor;
    public double? MinimumRatio;
    public long? MinimumSeedTime;
    public string? ImdbId;
    public int? TvdbId;
    public int? TmdbId;
    public int? TvMazeId;

    public void Attribute(string? name, string? value)
    {
        if (name is null || value is null)
        {
            return;
        }

        switch (name.ToLowerInvariant())
        {
            case "size":
                Size = ResultsParser.Long(value) ?? Size;
                break;
            case "category":
                if (ResultsParser.Int(value) is { } category)
                {
                    (Categories ??= []).Add(category);
                }

                break;
            case "seeders":
                Seeders = ResultsParser.Int(value);
                break;
            case "peers":
                Peers = ResultsParser.Int(value);
                break;
            case "grabs":
                Grabs = ResultsParser.Int(value);
                break;
            case "infohash":
                InfoHash = value.Trim().ToLowerInvariant();
                break;
            case "magneturl":
                Magnet = value.Trim();
                break;
            case "downloadvolumefactor":
                DownloadFactor = ResultsParser.Double(value);
                break;
            case "uploadvolumefactor":
                UploadFactor = ResultsParser.Double(value);
                break;
            case "minimumratio":
                MinimumRatio = ResultsParser.Double(value);
                break;
            case "minimumseedtime":
                MinimumSeedTime = ResultsParser.Long(value);
                break;
            case "imdb":
            case "imdbid":
                ImdbId = NormalizeImdb(value);
                break;
            case "tvdbid":
                TvdbId = ResultsParser.Int(value);
                break;
            case "tmdbid":
                TmdbId = ResultsParser.Int(value);
                break;
            case "tvmazeid":
                TvMazeId = ResultsParser.Int(value);
                break;
        }
    }

    /// <summary>Null when the item has no title or nothing to download: such an item is skipped.</summary>
    public readonly IndexerRelease? ToRelease()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            return null;
        }

        var enclosureIsMagnet = EnclosureUrl?.StartsWith("magnet:", StringComparison.OrdinalIgnoreCase) == true;
        var linkIsMagnet = Link?.StartsWith("magnet:", StringComparison.OrdinalIgnoreCase) == true;
        var magnet = Magnet ?? (enclosureIsMagnet ? EnclosureUrl : linkIsMagnet ? Link : null);
        var download = !string.IsNullOrWhiteSpace(EnclosureUrl) && !enclosureIsMagnet ? EnclosureUrl
            : !string.IsNullOrWhiteSpace(Link) && !linkIsMagnet ? Link : null;
        if (download is null && magnet is null)
        {
            return null;
        }

        return new IndexerRelease
        {
            Title = Title,
            Guid = string.IsNullOrEmpty(Guid) ? download ?? magnet : Guid,
            Link = download,
            CommentsUrl = string.IsNullOrEmpty(Comments) ? null : Comments,
            MagnetUrl = magnet,
            InfoHash = InfoHash ?? Magnets.InfoHash(magnet),
            Size = Size ?? (EnclosureLength is > 0 ? EnclosureLength : null),
            PublishDate = PublishDate,
            Categories = Categories ?? (IReadOnlyList<int>)[],
            Seeders = Seeders,
            Peers = Peers,
            Grabs = Grabs,
            DownloadVolumeFactor = DownloadFactor,
            UploadVolumeFactor = UploadFactor,
            MinimumRatio = MinimumRatio,
            MinimumSeedTime = MinimumSeedTime,
            ImdbId = ImdbId,
            TvdbId = TvdbId,
            TmdbId = TmdbId,
            TvMazeId = TvMazeId,
        };
    }

    private static string? NormalizeImdb(string value)
    {
        var digits = value.Trim();
        if (digits.StartsWith("tt", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && digits.Length <= 10 ? "tt" + digits.PadLeft(7, '0') : null;
    }
}
