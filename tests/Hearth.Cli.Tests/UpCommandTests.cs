using System.CommandLine;
using Hearth.Cli.Commands;
using Hearth.Testing;

namespace Hearth.Cli.Tests;

/// <summary>`hearth up` refuses bad settings before it installs, makes or starts anything.</summary>
[Collection("console")]
public sealed class UpCommandTests
{
    private static Task<(int Code, string Errors)> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    // a server that starts after all (a setting not read) is stopped when the token fires, and the test fails instead of hanging
    private static async Task<(int Code, string Errors)> RunAsync(CancellationToken ct, params string[] args)
    {
        var root = new RootCommand { CommonOptions.Data };
        root.Subcommands.Add(UpCommand.Create());
        var oldError = Console.Error;
        using var errors = new StringWriter();
        try
        {
            Console.SetError(errors);
            var code = await root.Parse(args).InvokeAsync(cancellationToken: ct);
            return (code, errors.ToString());
        }
        finally
        {
            Console.SetError(oldError);
        }
    }

    [Theory]
    [InlineData("--vpn-namespace", "../../etc", "namespace name")]
    [InlineData("--vpn-namespace", ".hidden", "namespace name")]
    [InlineData("--vpn-interface", "a-name-far-too-long", "interface name")]
    [InlineData("--vpn-allow", "not-a-subnet", "subnet")]
    public async Task Up_VpnWithABadSetting_RefusesBeforeDoingAnything(string option, string value, string said)
    {
        using var temp = new TempFolder();
        var config = temp.Write("wg.conf", "[Interface]\n");

        var (code, errors) = await RunAsync("up", "--data", temp.Combine("data"), "--vpn", config, option, value);

        Assert.Equal(2, code);
        Assert.Contains(said, errors, StringComparison.Ordinal);
        // nothing was made: not even the data folder, which comes long before the namespace
        Assert.False(Directory.Exists(temp.Combine("data")));
    }

    [Theory]
    [InlineData("--role server needs --acquire", "--role", "server")]
    [InlineData("--acquire is for --role server", "--acquire", "http://127.0.0.1:8097")]
    [InlineData("--role egress needs --vpn", "--role", "egress")]
    [InlineData("--server is for --role acquire", "--server", "http://127.0.0.1:8096")]
    [InlineData("http:// or https://", "--role", "server", "--acquire", "not a url")]
    public async Task Up_RolesCombinedWrongly_RefusesBeforeDoingAnything(string said, params string[] options)
    {
        using var temp = new TempFolder();

        var (code, errors) = await RunAsync(["up", "--data", temp.Combine("data"), .. options]);

        Assert.Equal(2, code);
        Assert.Contains(said, errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("data")));
    }

    [Fact]
    public async Task Up_RoleServerWithVpn_IsRefused()
    {
        using var temp = new TempFolder();
        var config = temp.Write("wg.conf", "[Interface]\n");

        var (code, errors) = await RunAsync("up", "--data", temp.Combine("data"), "--role", "server", "--acquire", "http://127.0.0.1:8097", "--vpn", config);

        Assert.Equal(2, code);
        Assert.Contains("--vpn starts the egress role", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void EgressOptions_Defaults_HaveNoProblems()
    {
        Assert.Empty(new Hearth.Egress.EgressOptions { ConfigFile = "/etc/wg.conf" }.Problems());
    }

    [Fact]
    public async Task Up_SettingsFileWithAnInvalidValue_RefusedNamingTheSettingAndWhy()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        temp.Write("data/settings.json", """{ "Streaming": { "MaxConcurrentTranscodes": 0 }, "Someone": { "Else": 1 } }""");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var (code, errors) = await RunAsync(limit.Token, "up", "--data", data, "--port", "18795", "--no-demo");

        Assert.Equal(1, code);
        Assert.Contains("Streaming:MaxConcurrentTranscodes is '0'", errors, StringComparison.Ordinal);
        Assert.Contains("between 1 and 64", errors, StringComparison.Ordinal);
        Assert.Contains("settings.json", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_EnvironmentAndSettingsFileDisagree_EnvironmentWins()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        temp.Write("data/settings.json", """{ "Streaming": { "MaxConcurrentTranscodes": 0 } }""");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // only this collection's tests start servers, one at a time: the variable reaches no other test
        Environment.SetEnvironmentVariable("HEARTH_Streaming__MaxConcurrentTranscodes", "65");
        try
        {
            var (code, errors) = await RunAsync(limit.Token, "up", "--data", data, "--port", "18796", "--no-demo");

            Assert.Equal(1, code);
            Assert.Contains("Streaming:MaxConcurrentTranscodes is '65'", errors, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HEARTH_Streaming__MaxConcurrentTranscodes", null);
        }
    }

    [Fact]
    public async Task Up_SettingsFileWithAWrongType_RefusedNamingTheSetting()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        temp.Write("data/settings.json", """{ "Library": { "RescanInterval": "half an hour" } }""");
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var (code, errors) = await RunAsync(limit.Token, "up", "--data", data, "--port", "18797", "--no-demo");

        Assert.Equal(1, code);
        Assert.Contains("a setting is not valid", errors, StringComparison.Ordinal);
        Assert.Contains("Library:RescanInterval", errors, StringComparison.Ordinal);
    }
}
