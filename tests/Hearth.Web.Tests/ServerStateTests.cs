using System.Net;
using System.Runtime.Versioning;
using Hearth.Access.Setup;
using Hearth.Access.Users;
using Hearth.Library;
using Hearth.Library.Scanning;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

[assembly: SupportedOSPlatform("linux")]

namespace Hearth.Web.Tests;

/// <summary>What the server leaves on disk and in its logs: owner-only stores, no stale setup token, no scan "running" forever.</summary>
public sealed class ServerStateTests
{
    [Fact]
    public async Task Stores_AreOwnerOnly()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        foreach (var name in new[] { "access.db", "library.db", "indexers.db" })
        {
            var file = Path.Combine(server.Data, name);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            var wal = file + "-wal";
            if (File.Exists(wal))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(wal));
            }
        }
    }

    [Fact]
    public async Task SetupToken_OnceAnAdminExists_IsDeleted()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var setup = server.Services.GetRequiredService<SetupToken>();

        // a token left behind (an older version, a crash) goes at the next start's announcement
        setup.Ensure();
        await server.Services.GetRequiredService<StartupTasks>().AnnounceSetupAsync(server.Url, TextWriter.Null, CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(server.Data, "setup-token")));

        // and making an admin any other way (the CLI's `user add --admin`) retires it too
        setup.Ensure();
        await server.Services.GetRequiredService<UserService>().CreateAsync(new NewUser("second", "second-password", IsAdmin: true), CancellationToken.None);
        Assert.False(File.Exists(Path.Combine(server.Data, "setup-token")));
    }

    [Fact]
    public async Task Scan_CutOffByADeadProcess_IsMarkedInterruptedAtTheNextStart()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var factory = server.Services.GetRequiredService<IDbContextFactory<LibraryDb>>();
        Directory.CreateDirectory(server.Folder.Combine("movies"));
        var library = await server.AddLibraryAsync("Movies", "movies", server.Folder.Combine("movies"));
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.ScanRuns.Add(new ScanRun { Id = Guid.CreateVersion7(), LibraryId = library, StartedMs = 1, Status = ScanOutcome.Running });
            await db.SaveChangesAsync();
        }

        // what a start does before it serves
        await server.Services.MigrateLibraryAsync(CancellationToken.None);

        await using (var db = await factory.CreateDbContextAsync())
        {
            var run = await db.ScanRuns.SingleAsync(r => r.LibraryId == library && r.StartedMs == 1);
            Assert.Equal(ScanOutcome.Interrupted, run.Status);
            Assert.NotNull(run.FinishedMs);
        }
    }

    [Fact]
    public void Log_NameWithControlCharacters_IsEscaped()
    {
        var formatter = new SafeConsoleFormatter(TimeProvider.System);
        using var output = new StringWriter();
        var title = "Film\n12:00:00 info: Forged[0] admin signed in\u001b[2J\u202Egnp.exe";
        var entry = new LogEntry<string>(LogLevel.Information, "Hearth.Library.Scanning", new EventId(3), title, null, (s, _) => $"Added {s}");

        formatter.Write(entry, null, output);

        var text = output.ToString();
        Assert.Single(text.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("Added Film\\n12:00:00", text, StringComparison.Ordinal);
        Assert.Contains("\\x1b[2J", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_Line_StartsWithTheClocksLocalTime()
    {
        var formatter = new SafeConsoleFormatter(new FixedClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero)));
        using var output = new StringWriter();

        formatter.Write(new LogEntry<string>(LogLevel.Information, "Hearth", new EventId(1), "hello", null, (s, _) => s), null, output);

        Assert.StartsWith("07:08:09 info: Hearth[1] hello", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_TheServer_WritesThroughTheEscapingFormatter()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var options = server.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(SafeConsoleFormatter.Name, options.FormatterName);
        Assert.Contains(server.Services.GetServices<ConsoleFormatter>(), f => f is SafeConsoleFormatter);
    }

    [Fact]
    public async Task ExpiredSession_IsRefusedAtOnce()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var login = await server.Anonymous.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { username = "admin", password = "admin-password" }));
        var token = System.Text.Json.JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        using var client = server.ClientWithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        // the session ends now (as if its 30 days had passed); the cached sign-in must not outlive it
        var factory = server.Services.GetRequiredService<IDbContextFactory<Hearth.Access.Store.AccessDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var hash = Hearth.Access.Sessions.Tokens.Hash(token);
            await db.Sessions.Where(s => s.TokenHash == hash).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresMs, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 300));
        }

        // sign-ins are remembered for a few seconds: the next request is read from the store and remembered anew
        server.Services.GetRequiredService<Hearth.Access.Sessions.SessionService>().Forget();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/libraries")).StatusCode);
        await Task.Delay(600);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }
}

/// <summary>A clock stopped at one instant, in UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => now;
}
