using System.ComponentModel.DataAnnotations;

namespace Hearth.Library;

public sealed class LibraryOptions
{
    public const string Section = "Library";

    /// <summary>How often every library is rescanned (for network mounts, where watching does not fire). Zero turns it off.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a folder must be quiet after a file-system event before it is scanned.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    public bool Watch { get; set; } = true;
}
