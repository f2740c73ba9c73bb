using System.Text.Json;
using Hearth.Library.Probing;

namespace Hearth.Testing;

/// <summary>What a probe came to, as one comparable string: the media info as JSON, or the failure's kind and message.</summary>
public static class ProbeOutcome
{
    // the failure's detail is left out: it quotes each reader's own words
    public static async Task<string> OfAsync(Task<MediaInfo> probe)
    {
        try
        {
            return JsonSerializer.Serialize(await probe.ConfigureAwait(false), MediaInfoJsonContext.Default.MediaInfo);
        }
        catch (MediaProbeException e)
        {
            return $"{e.Kind}: {e.Message}";
        }
    }
}
