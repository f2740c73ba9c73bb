namespace Hearth.Web.Tests;

/// <summary>A fact that mounts a small tmpfs (root only); elsewhere it is skipped and says why. CI runs as root.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Skip = "needs root on Linux to mount a small tmpfs as a full disk; run ./test as root or in CI";
        }
    }
}
