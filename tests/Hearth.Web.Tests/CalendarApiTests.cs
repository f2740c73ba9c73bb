using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Acquisition.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>The calendar: releases and air dates day by day, and the iCal feed a phone polls with an API key.</summary>
public sealed class CalendarApiTests
{
    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Upcoming_films_and_episodes_are_listed_by_day_and_fed_as_icalendar_with_an_api_key()
    {
        var (server, fake) = await StartAsync(tmdbKey: false);
        await using var _ = server;
        await using var __ = fake;
        var movie = (await PostAsync(server.Admin, "/api/v1/movies", new { title = "Metropolis", year = 2027 }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var resting = (await PostAsync(server.Admin, "/api/v1/movies", new { title = "Nosferatu", year = 2027, monitored = false }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var series = (await PostAsync(server.Admin, "/api/v1/series", new { title = "The Expanse", year = 2015 }, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        // an offline add has no dates: give them as a provider would have
        var factory = server.Services.GetRequiredService<IDbContextFactory<AcquisitionDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Movies.Where(m => m.Id == movie).ExecuteUpdateAsync(u => u.SetProperty(m => m.ReleaseDate, Day(10)));
            await db.Movies.Where(m => m.Id == resting).ExecuteUpdateAsync(u => u.SetProperty(m => m.ReleaseDate, Day(12)));
            db.Episodes.AddRange(
                new EpisodeRow { SeriesId = series, Season = 7, Number = 1, AirDate = Day(3), Title = "Strange Dogs", Monitored = true },
                new EpisodeRow { SeriesId = series, Season = 7, Number = 2, AirDate = Day(10), Title = "Babylon's Ashes, Part 1", Monitored = true },
                new EpisodeRow { SeriesId = series, Season = 1, Number = 1, AirDate = Day(-300), Title = "Dulcinea", Monitored = true });
            await db.SaveChangesAsync();
        }

        var entries = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/calendar", TestServer.Json)).EnumerateArray().ToList();
        Assert.Equal(["episode " + Day(3), "movie " + Day(10), "episode " + Day(10)], entries.Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("date").GetString()}"));
        Assert.Equal(("The Expanse", 7, 1, "Strange Dogs", true, false), (entries[0].GetProperty("title").GetString(), entries[0].GetProperty("season").GetInt32(),
            entries[0].GetProperty("episode").GetInt32(), entries[0].GetProperty("episodeTitle").GetString(), entries[0].GetProperty("monitored").GetBoolean(), entries[0].GetProperty("hasFile").GetBoolean()));
        var all = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/calendar?start={Day(-350)}&end={Day(30)}&unmonitored=true", TestServer.Json);
        Assert.Equal(5, all.GetArrayLength());
        Assert.Contains(all.EnumerateArray(), e => e.GetProperty("movieId").ValueKind == JsonValueKind.Number && e.GetProperty("movieId").GetInt32() == resting && !e.GetProperty("monitored").GetBoolean());

        // bad input is refused plainly; a viewer reads it; nobody signed out does
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.GetAsync("/api/v1/calendar?start=tomorrow")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.GetAsync($"/api/v1/calendar?start={Day(10)}&end={Day(1)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.GetAsync($"/api/v1/calendar?start={Day(0)}&end={Day(1000)}")).StatusCode);
        var viewer = await server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/calendar")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.GetAsync("/api/v1/calendar.ics?apikey=not-a-key")).StatusCode);

        // the feed, as a phone's calendar fetches it: no cookie, the key in the address
        var key = (await PostAsync(viewer, "/api/v1/me/api-keys", new { name = "phone calendar" }, HttpStatusCode.OK)).GetProperty("key").GetString();
        var feed = await server.Anonymous.GetAsync($"/api/v1/calendar.ics?apikey={key}");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("PRODID:-//Hearth//Calendar//EN", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains($"UID:hearth-movie-{movie}", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{Day(10).Replace("-", "", StringComparison.Ordinal)}", text, StringComparison.Ordinal);
        // RFC 5545 escapes commas in text and folds nothing it need not: the episode's summary reads back whole
        Assert.Contains("SUMMARY:The Expanse S07E02 · Babylon's Ashes\\, Part 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dulcinea", text, StringComparison.Ordinal);
    }
}
