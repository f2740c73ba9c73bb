using Hearth.Core.Access;
using Hearth.Library.Libraries;
using Hearth.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests;

public sealed class StartupScanTests
{
    [Fact]
    public async Task Start_LibraryFromCommandLine_ScansItOnce()
    {
        using var folder = new TempFolder();
        var movies = await ScanCountsTests.FourFilesAsync(folder);
        for (var start = 1; start <= 2; start++)
        {
            var settings = new ServerSettings
            {
                Data = folder.Combine("data"),
                WebRoot = folder.Combine("no-web-client"),
                Port = 0,
                Demo = false,
                Libraries = [new LibrarySeed("movies", movies)],
                Configuration = new Dictionary<string, string?> { ["Library:Watch"] = "false", ["Library:RescanInterval"] = "00:00:00" },
            };
            var app = HearthServer.Build(settings);
            await HearthServer.StartAsync(app, settings, TextWriter.Null, CancellationToken.None);
            try
            {
                var startup = app.Services.GetRequiredService<StartupTasks>();
                await startup.WaitForScansAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
                // the scheduler's start-up pass may come a moment after the library's own scan
                await Task.Delay(TimeSpan.FromSeconds(1));
                await startup.WaitForScansAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
                var catalog = app.Services.GetRequiredService<LibraryCatalog>();
                var id = Assert.Single(await catalog.ListAsync(new CallerAccess(Guid.Empty, "test", true, true, new HashSet<Guid>()), CancellationToken.None)).Id;
                var runs = await catalog.ScanHistoryAsync(id, 10, CancellationToken.None);

                Assert.Equal(start, runs.Count);
                Assert.Equal(2, runs[0].Failed);
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }
}
