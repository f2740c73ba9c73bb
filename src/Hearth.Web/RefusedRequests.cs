using System.Collections.Concurrent;
using System.Net;

namespace Hearth.Web;

/// <summary>
/// Requests refused for want of a valid sign-in (401) or of a right (403) are ordinary — an expired token, a
/// curious household member — and go to the debug log, one line each. A burst from one address (a client
/// guessing tokens or passwords) gets one warning with a count per minute, so the operator hears of it without a
/// terminal full of lines.
/// </summary>
internal sealed class RefusedRequests(TimeProvider time, ILogger<RefusedRequests> logger)
{
    /// <summary>Refusals from one address within <see cref="Window"/> that make a burst.</summary>
    public const int Burst = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<IPAddress, Count> counts = new();

    public void Note(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        logger.LogDebug("Refused {Method} {Path} from {Address}: {Status}", http.Request.Method, http.Request.Path.Value, address, http.Response.StatusCode);
        var now = time.GetUtcNow();
        if (counts.Count > 10_000)
        {
            foreach (var old in counts.Where(c => now - c.Value.Since > Window).Select(c => c.Key).ToList())
            {
                counts.TryRemove(old, out _);
            }
        }

        var count = counts.AddOrUpdate(address, _ => new Count(now, 1), (_, c) => now - c.Since > Window ? new Count(now, 1) : c with { Refused = c.Refused + 1 });
        if (count.Refused == Burst)
        {
            logger.LogWarning("{Count} requests from {Address} were refused (401/403) within a minute: a client with a stale token, or one guessing", Burst, address);
        }
    }

    private sealed record Count(DateTimeOffset Since, int Refused);
}

internal static class RefusedRequestsMiddleware
{
    public static IApplicationBuilder UseRefusedRequestLog(this IApplicationBuilder app)
    {
        var refused = app.ApplicationServices.GetRequiredService<RefusedRequests>();
        return app.Use(async (http, next) =>
        {
            await next(http).ConfigureAwait(false);
            if (http.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                refused.Note(http);
            }
        });
    }
}
