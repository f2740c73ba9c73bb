using System.Globalization;
using Hearth.Acquisition.Calendar;
using Hearth.Core.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hearth.Acquisition.Api;

/// <summary>
/// The calendar: <c>/api/v1/calendar</c> for the pages, and <c>/api/v1/calendar.ics</c>, the same as an iCal feed that
/// phones' calendars poll with an API key in its address (the one place a calendar can carry a credential).
/// </summary>
public static class CalendarEndpoints
{
    /// <summary>What the feed holds: a month behind and a year ahead.</summary>
    private static readonly (int Behind, int Ahead) FeedDays = (30, 365);

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/calendar", async Task<Results<Ok<IReadOnlyList<CalendarEntry>>, ProblemHttpResult>> (string? start, string? end, bool? unmonitored, CalendarEntries calendar, TimeProvider clock, CancellationToken ct) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                if (!Day(start, today.AddDays(-1), out var from) || !Day(end, today.AddDays(28), out var to))
                {
                    return TypedResults.Problem("start and end are days (yyyy-MM-dd).", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
                }
                if (to < from || to.DayNumber - from.DayNumber > CalendarEntries.MaxDays)
                {
                    return TypedResults.Problem($"end comes after start, at most {CalendarEntries.MaxDays} days later.", statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be used");
                }
                return TypedResults.Ok(await calendar.ListAsync(from, to, unmonitored ?? false, ct).ConfigureAwait(false));
            })
            .WithTags("Calendar").RequireAuthorization()
            .WithSummary("Films coming out and episodes airing between start and end (yyyy-MM-dd; yesterday and four weeks on by default), monitored ones unless unmonitored=true");

        routes.MapGet("/api/v1/calendar.ics", async (bool? unmonitored, CalendarEntries calendar, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow();
                var today = DateOnly.FromDateTime(now.UtcDateTime);
                var entries = await calendar.ListAsync(today.AddDays(-FeedDays.Behind), today.AddDays(FeedDays.Ahead), unmonitored ?? false, ct).ConfigureAwait(false);
                return TypedResults.Text(ICalFeed.Write(entries, now), "text/calendar; charset=utf-8");
            })
            .WithTags("Calendar").RequireAuthorization().AllowQueryApiKey()
            .WithSummary("The calendar as an iCal feed for phones' and desktops' calendars: a month behind and a year ahead; takes an API key as apikey=");
        return routes;
    }

    private static bool Day(string? text, DateOnly fallback, out DateOnly day)
    {
        if (string.IsNullOrEmpty(text))
        {
            day = fallback;
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
