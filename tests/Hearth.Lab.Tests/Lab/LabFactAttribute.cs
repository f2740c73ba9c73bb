namespace Hearth.Lab.Tests.Lab;

/// <summary>
/// A fact that needs the lab: root (for namespaces and nftables), /dev/net/tun (for wireguard-go) and the
/// tools. Where one is missing the test is skipped and says which, instead of failing on someone's laptop.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LabFactAttribute : FactAttribute
{
    public LabFactAttribute()
    {
        if (LabRequirements.Missing() is { } missing)
        {
            Skip = missing;
        }
    }
}

public static class LabRequirements
{
    private static readonly Lazy<string?> Cached = new(Find);

    public static string? Missing() => Cached.Value;

    private static string? Find()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the lab needs Linux network namespaces";
        }

        if (Environment.UserName != "root")
        {
            return "the lab needs root (network namespaces, nftables); run ./test as root or in CI";
        }

        if (!File.Exists("/dev/net/tun"))
        {
            return "the lab needs /dev/net/tun for wireguard-go";
        }

        var missing = new[] { "ip", "nft", "wg", "wireguard-go", "sysctl", "nsenter" }.Where(p => !OnPath(p)).ToList();
        if (missing.Count > 0)
        {
            return $"the lab needs {string.Join(", ", missing)} (apt-get install wireguard-go wireguard-tools nftables iproute2 procps util-linux)";
        }

        return Directory.Exists("/proc/self/ns") && File.Exists("/proc/self/ns/net") ? null : "this kernel has no network namespaces";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin").Split(':').Concat(["/usr/sbin", "/sbin"]).Any(d => File.Exists(Path.Combine(d, program)));
}
