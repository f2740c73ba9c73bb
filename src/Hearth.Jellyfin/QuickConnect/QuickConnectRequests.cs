using System.Security.Cryptography;
using System.Text;

namespace Hearth.Jellyfin.QuickConnect;

/// <summary>One app waiting to be let in: what it said of itself, its secret, the code the person types, and who approved it.</summary>
internal sealed class PendingRequest
{
    public required string Secret { get; init; }

    public required string Code { get; init; }

    public string? DeviceId { get; init; }

    public string? DeviceName { get; init; }

    public string? AppName { get; init; }

    public string? AppVersion { get; init; }

    public DateTimeOffset Added { get; init; }

    public Guid? ApprovedBy { get; set; }
}

/// <summary>
/// The Quick Connect requests outstanding, in memory (a restart asks the TV for a new code, as Jellyfin does). A code
/// lives ten minutes and is used once; at most fifty wait at a time, so an anonymous flood of <c>Initiate</c> cannot
/// grow memory, and six digits among fifty give a guesser one chance in 20,000 per try — and only a signed-in person
/// can try (<c>Authorize</c>). The secret is what the app proves itself with; it is looked up in constant time.
/// </summary>
internal sealed class QuickConnectRequests(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public const int MaxOutstanding = 50;

    private readonly Lock gate = new();
    private readonly List<PendingRequest> pending = [];

    /// <summary>A new request, or null when too many are outstanding.</summary>
    public PendingRequest? Initiate(string? deviceId, string? deviceName, string? appName, string? appVersion)
    {
        lock (gate)
        {
            Expire();
            if (pending.Count >= MaxOutstanding)
            {
                return null;
            }

            string code;
            do
            {
                code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            }
            while (pending.Any(p => p.Code == code));

            var request = new PendingRequest
            {
                Secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                Code = code,
                DeviceId = deviceId,
                DeviceName = deviceName,
                AppName = appName,
                AppVersion = appVersion,
                Added = clock.GetUtcNow(),
            };
            pending.Add(request);
            return request;
        }
    }

    public PendingRequest? FindBySecret(string? secret)
    {
        lock (gate)
        {
            Expire();
            return Match(secret);
        }
    }

    /// <summary>Approves the code for the user; false when no such code waits (unknown, expired, used).</summary>
    public bool Authorize(string code, Guid userId)
    {
        lock (gate)
        {
            Expire();
            var request = pending.FirstOrDefault(p => p.Code == code && p.ApprovedBy is null);
            if (request is null)
            {
                return false;
            }

            request.ApprovedBy = userId;
            return true;
        }
    }

    /// <summary>Takes an approved request out (single use), answering who approved it; null when not (yet) approved.</summary>
    public (PendingRequest Request, Guid UserId)? Redeem(string? secret)
    {
        lock (gate)
        {
            Expire();
            if (Match(secret) is not { ApprovedBy: { } user } request)
            {
                return null;
            }

            pending.Remove(request);
            return (request, user);
        }
    }

    // every outstanding secret is compared, each in constant time, so timing tells nothing about how near a guess was
    private PendingRequest? Match(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }

        var given = Encoding.UTF8.GetBytes(secret);
        PendingRequest? found = null;
        foreach (var request in pending)
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(request.Secret)))
            {
                found = request;
            }
        }

        return found;
    }

    private void Expire()
    {
        var now = clock.GetUtcNow();
        pending.RemoveAll(p => now - p.Added > Lifetime);
    }
}
