using System.Collections.Concurrent;
using Hearth.Core.Paths;
using Hearth.Library.Metadata.Providers;
using Hearth.Library.Metadata.Providers.Tmdb;
using Hearth.Library.Metadata.Providers.TvMaze;
using Hearth.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hearth.Library.Tests.Metadata.Providers;

/// <summary>
/// The providers as the server registers them (<see cref="MetadataProvidersModule.AddMetadataProviders"/>),
/// pointed at a <see cref="FakeProviders"/> on loopback, with a temp data folder, every log line kept, and
/// retries short so failing tests stay fast.
/// </summary>
public sealed class ProviderRig : IAsyncDisposable
{
    private readonly IHost host;
    private readonly TempFolder data;

    private ProviderRig(IHost host, TempFolder data, FakeProviders fake, CapturedLog logs)
    {
        this.host = host;
        this.data = data;
        Fake = fake;
        Logs = logs;
    }

    public FakeProviders Fake { get; }

    public CapturedLog Logs { get; }

    public IServiceProvider Services => host.Services;

    public TmdbClient Tmdb => Services.GetRequiredService<TmdbClient>();

    public TvMazeClient TvMaze => Services.GetRequiredService<TvMazeClient>();

    public string CacheFolder => Path.Combine(data.Path, "cache", "metadata");

    /// <param name="key">The TMDB credential; null leaves it unset.</param>
    /// <param name="settings">Further Metadata:… settings, as "Key" → value under the section.</param>
    public static async Task<ProviderRig> StartAsync(string? key = FakeProviders.ApiKey, IReadOnlyDictionary<string, string>? settings = null, string? tmdbUrl = null)
    {
        var fake = await FakeProviders.StartAsync();
        var data = new TempFolder();
        var logs = new CapturedLog();
        var values = new Dictionary<string, string?>
        {
            ["Metadata:Tmdb:BaseUrl"] = tmdbUrl ?? fake.TmdbUrl,
            ["Metadata:TvMaze:BaseUrl"] = fake.TvMazeUrl,
            ["Metadata:Tmdb:ApiKey"] = key,
            ["Metadata:Retries"] = "2",
            ["Metadata:RetryDelay"] = "00:00:00.010",
            ["Metadata:Timeout"] = "00:00:05",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            values["Metadata:" + name] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(new DataFolder(data.Path));
        builder.AddMetadataProviders();
        var host = builder.Build();
        return new ProviderRig(host, data, fake, logs);
    }

    public async ValueTask DisposeAsync()
    {
        host.Dispose();
        await Fake.DisposeAsync();
        data.Dispose();
    }
}

/// <summary>Every log line at every level, so a test can show a key never reached one.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);

    public void Dispose()
    {
        // the lines stay readable after the host is gone
    }

    private sealed class Logger(ConcurrentQueue<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
