namespace Hearth.Releases.Movies;

/// <summary>
/// The latest year a film's name may give as its release year; a larger number is part of the title
/// ("Blade Runner 2049"). The one place the name readers ask the clock: they are static functions called
/// from everywhere (scans, the parse API, indexer results), so the clock is a setting here rather than a
/// service (settable for a tool that reads names as of another day).
/// </summary>
public static class ReleaseYears
{
    /// <summary>The clock the bound is read from (the system's unless a test sets another).</summary>
    public static TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Films are named for years up to five ahead of now (announced, not yet out).</summary>
    public static int Latest => Clock.GetUtcNow().Year + 5;
}
