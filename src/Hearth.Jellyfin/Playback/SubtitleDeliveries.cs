using System.Globalization;
using Hearth.Core.Media;
using Hearth.Jellyfin.Dtos;
using Hearth.Streaming.Decisions;

namespace Hearth.Jellyfin.Playback;

/// <summary>
/// How each subtitle stream reaches the app, as Jellyfin says it in a PlaybackInfo answer: <c>External</c> with a
/// URL (the text as WebVTT or SRT, converted by streaming), <c>Embed</c> (left in the file the app plays as is),
/// <c>Encode</c> (burned into the video, as the decision says).
/// </summary>
internal static class SubtitleDeliveries
{
    public static IReadOnlyList<MediaStream> Apply(IReadOnlyList<MediaStream> streams, MediaDescription media, PlaybackDecision decision, JellyfinDeviceProfile? profile, string deliveryBase, string? token)
    {
        // no profile (a built-in one was used): every text subtitle goes as WebVTT beside the stream
        var methods = (profile?.SubtitleProfiles ?? [new SubtitleProfile("vtt", "External")])
            .Where(p => p?.Format is not null)
            .SelectMany(p => JellyfinNames.List(p.Format).Select(f => (Format: f.ToLowerInvariant(), Codec: JellyfinNames.SubtitleFormat(f), Method: p.Method?.Trim() ?? string.Empty)))
            .ToList();
        bool Says(string codec, string method) => methods.Any(m => m.Codec == codec && string.Equals(m.Method, method, StringComparison.OrdinalIgnoreCase));
        var direct = decision.Method == PlayMethod.DirectPlay;

        return [.. streams.Select(stream =>
        {
            if (stream.Type != "Subtitle" || media.Subtitles.FirstOrDefault(s => s.Index == stream.Index) is not { } track)
            {
                return stream;
            }

            if (decision.Subtitle is { Delivery: SubtitleDelivery.BurnIn } burned && burned.Index == track.Index)
            {
                return stream with { DeliveryMethod = "Encode" };
            }

            if (track.IsImage)
            {
                return direct ? stream with { DeliveryMethod = "Embed" } : stream;
            }

            // embedded text stays in a file played as is when the app reads it there; otherwise it goes beside it
            if (direct && track.ExternalPath is null && Says(track.Codec, "Embed") && !Says(track.Codec, "External"))
            {
                return stream with { DeliveryMethod = "Embed" };
            }

            string? format = Says(track.Codec, "External") && track.Codec == "subrip" && !Says("webvtt", "External") ? "srt"
                : Says(track.Codec, "External") || Says("webvtt", "External") ? "vtt"
                : Says("subrip", "External") ? "srt"
                : null;
            if (format is null)
            {
                return stream;
            }

            var url = string.Create(CultureInfo.InvariantCulture, $"{deliveryBase}/Subtitles/{track.Index}/0/Stream.{format}");
            return stream with
            {
                DeliveryMethod = "External",
                DeliveryUrl = token is null ? url : $"{url}?api_key={Uri.EscapeDataString(token)}",
                IsExternalUrl = false,
            };
        })];
    }
}
