using System.Net;
using System.Security.Cryptography;
using Hearth.Cli.Commands;
using Hearth.Testing;

namespace Hearth.Cli.Tests;

/// <summary>`hearth egress check` on broken configs: each mistake gets its own plain-words message.</summary>
public sealed class EgressCheckTests : IDisposable
{
    // random 32 bytes in WireGuard's form: valid-looking keys that are nobody's secret
    private static readonly string PrivateKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string ServerKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly TempFolder folder = new();

    private static string Good(string? iface = null, string? peer = null) => $"""
        [Interface]
        {iface ?? $"PrivateKey = {PrivateKey}\nAddress = 10.64.0.2/32\nDNS = 10.64.0.1"}

        [Peer]
        {peer ?? $"PublicKey = {ServerKey}\nEndpoint = vpn.lab:51820\nAllowedIPs = 0.0.0.0/0, ::/0"}
        """;

    // no lookup leaves the machine: only vpn.lab resolves, and only here
    private static Task<IPAddress[]> Resolve(string host, CancellationToken ct) =>
        Task.FromResult(host == "vpn.lab" ? [IPAddress.Parse("192.0.2.1")] : Array.Empty<IPAddress>());

    private async Task<(int Code, string Output)> CheckAsync(string config)
    {
        var path = folder.Write("wg.conf", config);
        using var output = new StringWriter();
        var code = await EgressCommand.CheckAsync(path, output, CancellationToken.None, Resolve);
        return (code, output.ToString());
    }

    [Fact]
    public async Task Check_GoodConfig_SaysUsableAndIPv6Blocked()
    {
        var (code, output) = await CheckAsync(Good());
        Assert.Equal(0, code);
        Assert.Contains("is usable", output, StringComparison.Ordinal);
        Assert.Contains("192.0.2.1:51820", output, StringComparison.Ordinal);
        Assert.Contains("IPv6 blocked", output, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateKey, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad private key", "PrivateKey = abc\nAddress = 10.64.0.2/32\nDNS = 10.64.0.1", null, "[Interface] PrivateKey is not a valid WireGuard key")]
    [InlineData("bad public key", null, "PublicKey = not-a-key\nEndpoint = vpn.lab:51820\nAllowedIPs = 0.0.0.0/0", "[Peer] PublicKey (the VPN server's key) is not a valid WireGuard key")]
    [InlineData("endpoint not resolvable", null, "PublicKey = SERVER\nEndpoint = vpn.nowhere.lab:51820\nAllowedIPs = 0.0.0.0/0", "The endpoint name vpn.nowhere.lab does not resolve")]
    [InlineData("endpoint without port", null, "PublicKey = SERVER\nEndpoint = vpn.lab\nAllowedIPs = 0.0.0.0/0", "is not host:port")]
    [InlineData("endpoint missing", null, "PublicKey = SERVER\nAllowedIPs = 0.0.0.0/0", "[Peer] has no Endpoint")]
    [InlineData("split tunnel", null, "PublicKey = SERVER\nEndpoint = vpn.lab:51820\nAllowedIPs = 10.0.0.0/8", "is not a full tunnel")]
    [InlineData("IPv6 address without ::/0", "PrivateKey = PRIVATE\nAddress = 10.64.0.2/32, fd00::2/128\nDNS = 10.64.0.1", "PublicKey = SERVER\nEndpoint = vpn.lab:51820\nAllowedIPs = 0.0.0.0/0", "IPv6 traffic would not go through the VPN")]
    [InlineData("AllowedIPs with host bits", null, "PublicKey = SERVER\nEndpoint = vpn.lab:51820\nAllowedIPs = 0.0.0.0/0, 10.0.0.1/8", "bits set past the prefix")]
    [InlineData("DNS missing", "PrivateKey = PRIVATE\nAddress = 10.64.0.2/32", null, "[Interface] has no DNS line")]
    [InlineData("address missing", "PrivateKey = PRIVATE\nDNS = 10.64.0.1", null, "[Interface] has no Address")]
    [InlineData("key file missing", "PrivateKeyFile = missing.key\nAddress = 10.64.0.2/32\nDNS = 10.64.0.1", null, "cannot be read")]
    [InlineData("MTU nonsense", "PrivateKey = PRIVATE\nAddress = 10.64.0.2/32\nDNS = 10.64.0.1\nMTU = 99", null, "MTU = 99 is not usable")]
    public async Task Check_BrokenConfig_ExplainsTheMistake(string mistake, string? iface, string? peer, string message)
    {
        var (code, output) = await CheckAsync(Good(iface?.Replace("PRIVATE", PrivateKey, StringComparison.Ordinal), peer?.Replace("SERVER", ServerKey, StringComparison.Ordinal)));
        Assert.True(code == 1, mistake);
        Assert.Contains("cannot be used", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_AddressInASubnet_IsUsableAsWritten()
    {
        var (code, output) = await CheckAsync(Good($"PrivateKey = {PrivateKey}\nAddress = 10.8.0.2/24\nDNS = 10.8.0.1"));
        Assert.Equal(0, code);
        Assert.Contains("tunnel address 10.8.0.2/24", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoPeerSection_SaysWhatIsMissing()
    {
        var (code, output) = await CheckAsync($"[Interface]\nPrivateKey = {PrivateKey}\nAddress = 10.64.0.2/32\nDNS = 10.64.0.1\n");
        Assert.Equal(1, code);
        Assert.Contains("There is no [Peer] section", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_KeysFromFiles_AreRead()
    {
        folder.Write("private.key", PrivateKey + "\n");
        folder.Write("psk", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var (code, output) = await CheckAsync(Good(
            "PrivateKeyFile = private.key\nAddress = 10.64.0.2/32\nDNS = 10.64.0.1",
            $"PublicKey = {ServerKey}\nPresharedKeyFile = psk\nEndpoint = 192.0.2.7:51820\nAllowedIPs = 0.0.0.0/0"));
        Assert.Equal(0, code);
        Assert.Contains("192.0.2.7:51820", output, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
