using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Hearth.Indexers.Tests.Endpoint;

/// <summary>Indexer API keys, passkeys and Hearth API keys never reach the logs, whatever goes wrong.</summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task Logs_AfterFailuresSearchesAndGrabs_HoldNoSecret()
    {
        var logs = new CapturingLogs();
        await using var fake = await FakeIndexer.StartAsync();
        await using (var server = await HubServer.StartAsync(logs))
        {
            await server.Admin.PostAsJsonAsync("/api/v1/indexers", new { name = "Wrong", url = fake.Site("torznab"), apiKey = "wrong-secret-key-123456" });
            var good = (await server.AddIndexerAsync(fake.Site("grabbable"), "Private")).GetProperty("id").GetGuid();
            foreach (var site in new[] { "fail", "ratelimited", "html", "badparam" })
            {
                var id = (await server.AddIndexerAsync(fake.Site("torznab"), site)).GetProperty("id").GetGuid();
                (await server.Admin.PutAsJsonAsync($"/api/v1/indexers/{id}", new { url = fake.Site(site) })).Dispose();
            }

            await server.Anonymous.GetStringAsync($"/api/v1/indexers/all/torznab?t=search&q=x&apikey={server.ApiKey}");
            var search = await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/indexers/search?q=x");
            var link = search.GetProperty("releases").EnumerateArray().First(r => r.GetProperty("indexerId").GetGuid() == good).GetProperty("link").GetString()!;
            (await server.Admin.GetAsync(link)).EnsureSuccessStatusCode();
            (await server.Anonymous.GetAsync($"/api/v1/indexers/all/torznab?t=caps&apikey=hk_wrong-hearth-key")).Dispose();
            Assert.DoesNotContain(server.ApiKey, logs.Text, StringComparison.Ordinal);
        }

        Assert.Contains(logs.Lines, l => l.Contains("Indexer", StringComparison.Ordinal));
        foreach (var secret in new[] { FakeIndexer.GoodKey, "wrong-secret-key-123456", "secretpasskey", "hk_wrong-hearth-key" })
        {
            Assert.DoesNotContain(secret, logs.Text, StringComparison.Ordinal);
        }
    }

    private sealed class CapturingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public string Text => string.Join('\n', Lines);

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
