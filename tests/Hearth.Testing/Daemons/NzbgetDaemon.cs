using System.Diagnostics;
using Hearth.Acquisition.Clients;

namespace Hearth.Testing.Daemons;

/// <summary>A real nzbget server for one test: its own folders and config, its control port on loopback, no news server.</summary>
public sealed class NzbgetDaemon : IAsyncDisposable
{
    public const string User = "hearth";

    private readonly Process process;

    private NzbgetDaemon(TempFolder folder, int port, string password, Process process)
    {
        Folder = folder;
        Port = port;
        Password = password;
        this.process = process;
    }

    public TempFolder Folder { get; }

    public int Port { get; }

    public string Password { get; }

    public static async Task<NzbgetDaemon> StartAsync(params string[] categories)
    {
        var folder = new TempFolder();
        var port = QBittorrentDaemon.FreePort();
        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var lines = new List<string>
        {
            $"MainDir={folder.Path}",
            "DestDir=${MainDir}/complete",
            "InterDir=${MainDir}/intermediate",
            "NzbDir=${MainDir}/nzb",
            "QueueDir=${MainDir}/queue",
            "TempDir=${MainDir}/tmp",
            "ScriptDir=${MainDir}/scripts",
            "LockFile=${MainDir}/nzbget.lock",
            "LogFile=${MainDir}/nzbget.log",
            "WebDir=",
            "ConfigTemplate=",
            "OutputMode=loggable",
            "ControlIP=127.0.0.1",
            $"ControlPort={port}",
            $"ControlUsername={User}",
            $"ControlPassword={password}",
            "RestrictedUsername=",
            "AddUsername=",
            "SecureControl=no",
            "UpdateCheck=none",
        };
        lines.AddRange(categories.Select((c, i) => $"Category{i + 1}.Name={c}"));
        var config = folder.Combine("nzbget.conf");
        await File.WriteAllLinesAsync(config, lines);
        var start = new ProcessStartInfo("nzbget") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", config, "-s" })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("nzbget did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var daemon = new NzbgetDaemon(folder, port, password, process);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var answer = await http.GetAsync($"http://127.0.0.1:{port}/jsonrpc");
                return daemon;
            }
            catch (HttpRequestException)
            {
                if (process.HasExited)
                {
                    break;
                }
                await Task.Delay(100);
            }
        }
        await daemon.DisposeAsync();
        throw new InvalidOperationException("nzbget did not open its control port");
    }

    public ClientSettings Settings(string? password = null, string category = "hearth") =>
        new("NZBGet", new Uri($"http://127.0.0.1:{Port}"), User, password ?? Password, category);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Folder.Dispose();
    }
}
