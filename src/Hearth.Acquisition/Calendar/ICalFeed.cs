using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Hearth.Acquisition.Calendar;

/// <summary>
/// The calendar as an iCalendar feed (RFC 5545, written by Ical.Net, the maintained library of the format) for the
/// calendars of phones and desktops: one all-day event per release or episode, with a stable id so a calendar that
/// polls again updates an event rather than adding it twice.
/// </summary>
public static class ICalFeed
{
    public static string Write(IReadOnlyList<CalendarEntry> entries, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Hearth//Calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Hearth");
        foreach (var entry in entries)
        {
            var day = DateOnly.ParseExact(entry.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Kind == "movie" ? $"hearth-movie-{entry.MovieId}" : $"hearth-episode-{entry.EpisodeId}",
                DtStamp = new CalDateTime(now.UtcDateTime),
                DtStart = new CalDateTime(day),
                DtEnd = new CalDateTime(day.AddDays(1)),
                Summary = Summary(entry),
                Description = entry.HasFile ? "In the library." : entry.Monitored ? "Wanted: Hearth will look for it." : "Not monitored.",
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>"Blade Runner (1982)", "The Expanse S02E05 · Home".</summary>
    public static string Summary(CalendarEntry entry) => entry.Kind == "movie"
        ? entry.Year is { } year ? $"{entry.Title} ({year})" : entry.Title
        : $"{entry.Title} S{entry.Season:00}E{entry.Episode:00}" + (string.IsNullOrWhiteSpace(entry.EpisodeTitle) ? "" : $" · {entry.EpisodeTitle}");
}
