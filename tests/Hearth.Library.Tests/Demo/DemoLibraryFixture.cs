using System.Diagnostics;
using Hearth.Core.Processes;
using Hearth.Library.Demo;
using Hearth.Testing;

namespace Hearth.Library.Tests.Demo;

/// <summary>Builds the demo library once for the read-only tests of <see cref="DemoLibraryTests"/>.</summary>
public sealed class DemoLibraryFixture : IAsyncLifetime
{
    public TempFolder Folder { get; } = new();

    public DemoLibraryPaths Paths { get; private set; } = null!;

    public TimeSpan Elapsed { get; private set; }

    public List<string> Progress { get; } = [];

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        var progress = new SynchronousProgress(line =>
        {
            lock (Progress)
            {
                Progress.Add(line);
            }
        });
        Paths = await new DemoLibrary(new ProcessRunner(), TimeProvider.System).EnsureAsync(Folder.Path, progress, CancellationToken.None);
        Elapsed = watch.Elapsed;
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }

    // Progress<T> posts to the thread pool; the tests want every line recorded before EnsureAsync returns
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
