using System.ComponentModel.DataAnnotations;

namespace Hearth.Access;

/// <summary>Sign-in settings (section <c>Access</c>); the defaults are what a household wants.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>How long a session lasts without use; each use (at most hourly) starts it again.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Argon2id memory per hash in KiB: OWASP's minimum is 19 MiB. Tests lower it to stay fast.</summary>
    [Range(8, 4 * 1024 * 1024)]
    public int PasswordMemoryKiB { get; set; } = 19 * 1024;

    /// <summary>Argon2id passes over that memory.</summary>
    [Range(1, 50)]
    public int PasswordIterations { get; set; } = 2;

    /// <summary>Failed sign-ins (plus attempts being checked) one address may have inside <see cref="AddressWindow"/>.</summary>
    [Range(1, 1000)]
    public int AddressFailures { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong passwords in a row that lock an account (or a name with no account) for <see cref="AccountLockDuration"/>.</summary>
    [Range(1, 100)]
    public int AccountFailures { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AccountLockDuration { get; set; } = TimeSpan.FromMinutes(15);
}
