namespace Hearth.Web.Tests;

/// <summary>
/// One server for all the tests of a class that only read what it holds (xUnit makes a class's fixture once
/// and runs the class's tests one after another): starting a server and scanning media is most of such a
/// test's time. A test that changes what others read needs a server of its own.
/// </summary>
public abstract class SharedServer : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await StartAsync();
        await PrepareAsync(Server);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected virtual Task<TestServer> StartAsync() => TestServer.StartAsync();

    /// <summary>Fills the server with what the class's tests read (folders, a scanned library).</summary>
    protected abstract Task PrepareAsync(TestServer server);
}
