namespace Hearth.Library.Probing;

/// <summary>Why a file could not be read as media. Stored and sent as the words in <see cref="ProbeFailures.Text"/>.</summary>
public enum ProbeFailure
{
    /// <summary>ffprobe could not read it, and nothing more precise is known; its words are the detail.</summary>
    Unreadable,

    /// <summary>Zero bytes.</summary>
    Empty,

    /// <summary>Something else with a video's name: text, a web page, an archive, a picture.</summary>
    NotMedia,

    /// <summary>The container promises more than the file holds (cut short, an interrupted download).</summary>
    Truncated,

    /// <summary>The file's size or time changed while it was read: a copy or download still going on.</summary>
    StillCopying,

    /// <summary>The file went away between the walk and the read.</summary>
    Gone,

    /// <summary>Hearth may not read it (permissions).</summary>
    NoAccess,

    /// <summary>ffprobe could not be started, or took too long.</summary>
    ProbeFailed,
}

public static class ProbeFailures
{
    public static string Text(this ProbeFailure failure) => failure switch
    {
        ProbeFailure.Empty => "empty",
        ProbeFailure.NotMedia => "not media",
        ProbeFailure.Truncated => "truncated",
        ProbeFailure.StillCopying => "still copying",
        ProbeFailure.Gone => "gone",
        ProbeFailure.NoAccess => "no access",
        ProbeFailure.ProbeFailed => "probe failed",
        _ => "unreadable",
    };

    public static ProbeFailure Parse(string text) => text switch
    {
        "empty" => ProbeFailure.Empty,
        "not media" => ProbeFailure.NotMedia,
        "truncated" => ProbeFailure.Truncated,
        "still copying" => ProbeFailure.StillCopying,
        "gone" => ProbeFailure.Gone,
        "no access" => ProbeFailure.NoAccess,
        "probe failed" => ProbeFailure.ProbeFailed,
        _ => ProbeFailure.Unreadable,
    };
}
