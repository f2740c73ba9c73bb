using System.ComponentModel.DataAnnotations;

namespace Hearth.Acquisition;

/// <summary>The automation's settings (section "Acquisition").</summary>
public sealed class AcquisitionOptions
{
    public const string Section = "Acquisition";

    /// <summary>The language metadata is asked in when adding titles (a BCP 47 tag).</summary>
    [RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", ErrorMessage = "a language tag such as en-US or de is needed")]
    public string Language { get; set; } = "en-US";

    /// <summary>How often the library's films and shows are adopted into the catalog (they are also at start).</summary>
    public TimeSpan AdoptInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the indexers' latest releases are decided against the wanted list (zero turns it off).</summary>
    public TimeSpan RssInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the whole wanted list is searched, item by item (zero: only when asked).</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The pause between two searches of the backlog, so the indexers' limits hold.</summary>
    public TimeSpan BacklogPace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an interactive search's releases can be grabbed from it.</summary>
    public TimeSpan ReleaseCacheTime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the download clients are asked about the queue while anything is on its way.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "between 0.1 seconds and an hour")]
    public TimeSpan QueuePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the queue is looked at when nothing is on its way (a grab is followed from the next look).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "between 0.1 seconds and an hour")]
    public TimeSpan QueueIdlePoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a followed download may be missing from its client before it counts as removed there (a magnet can take a moment to be listed).</summary>
    public TimeSpan QueueMissingGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A download that makes no progress this long fails, and (with RedownloadFailed) is blocklisted and searched past; zero never.</summary>
    public TimeSpan StalledTimeout { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Sonarr's "redownload failed": a release that failed by its own fault is blocklisted and the next best searched for.</summary>
    public bool RedownloadFailed { get; set; } = true;

    /// <summary>How imported files and folders are named (Radarr's and Sonarr's defaults).</summary>
    public Import.NamingOptions Naming { get; set; } = new();

    /// <summary>Where new films are imported: the first movies library's first folder unless set.</summary>
    public string? MovieRoot { get; set; }

    /// <summary>Where new series are imported: the first shows library's first folder unless set.</summary>
    public string? SeriesRoot { get; set; }

    /// <summary>Paths a download client reports that Hearth sees elsewhere (a client in a container or on another box).</summary>
    public List<Import.RemotePathMapping> RemotePathMappings { get; set; } = [];

    public Clients.Blackhole.BlackholeOptions Blackhole { get; set; } = new();

    public Clients.Managed.ManagedClientOptions Managed { get; set; } = new();
}
