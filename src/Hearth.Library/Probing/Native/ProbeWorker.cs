using System.Text.Json;

namespace Hearth.Library.Probing.Native;

/// <summary>
/// The probe worker: a process of its own (<c>hearth probe-worker</c>) that reads media files with FFmpeg's libraries
/// for the server, one request per line on its input, one answer per line on its output. Started once and kept, it
/// spares the start of a program per file (which costs far more than reading a file's header); apart from the server,
/// a crash in native code on a hostile file ends only the worker, and the server probes that file with ffprobe.
/// </summary>
/// <remarks>
/// Requests: <c>{"path":"/m/a.mkv","tail":true}</c>. Answers: first <c>{"ready":"libavformat 59.27.100, ..."}</c> (or
/// <c>{"unavailable":"why"}</c>, and the worker ends), then per request <c>{"json":"..."}</c> (ffprobe-shaped) or
/// <c>{"error":"Invalid data found when processing input","log":"[mov,mp4 @ 0x…] moov atom not found\n"}</c>.
/// </remarks>
public static class ProbeWorker
{
    public const string Command = "probe-worker";

    /// <summary>Serves requests until its input ends; 0 then, 3 when FFmpeg's libraries cannot be used here.</summary>
    public static async Task<int> RunAsync(TextReader input, Stream output, CancellationToken cancellationToken)
    {
        var layout = AvLibraries.Layout;
        await using var writer = new Utf8JsonWriter(output);
        if (layout is null)
        {
            await AnswerAsync(writer, output, "unavailable", AvLibraries.Problem ?? "FFmpeg's libraries cannot be used", cancellationToken).ConfigureAwait(false);
            return 3;
        }

        await AnswerAsync(writer, output, "ready", AvLibraries.Versions ?? string.Empty, cancellationToken).ConfigureAwait(false);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (!TryRead(line, out var path, out var tail))
            {
                await AnswerAsync(writer, output, "error", "the request is not {\"path\":...}", cancellationToken).ConfigureAwait(false);
                continue;
            }

            var (json, error, log) = File.Exists(path) ? FfmpegReader.Read(layout, path, tail) : (null, "No such file or directory", string.Empty);
            await AnswerAsync(writer, output, json is null ? "error" : "json", json ?? error ?? "no reason given", cancellationToken, json is null ? log : null).ConfigureAwait(false);
        }

        return 0;
    }

    private static bool TryRead(string line, out string path, out bool tail)
    {
        (path, tail) = (string.Empty, false);
        try
        {
            using var request = JsonDocument.Parse(line);
            if (request.RootElement.ValueKind != JsonValueKind.Object
                || !request.RootElement.TryGetProperty("path", out var given) || given.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            path = given.GetString()!;
            tail = request.RootElement.TryGetProperty("tail", out var wanted) && wanted.ValueKind == JsonValueKind.True;
            return path.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task AnswerAsync(Utf8JsonWriter writer, Stream output, string name, string value, CancellationToken ct, string? log = null)
    {
        writer.Reset();
        writer.WriteStartObject();
        writer.WriteString(name, value);
        if (!string.IsNullOrEmpty(log))
        {
            writer.WriteString("log", log);
        }

        writer.WriteEndObject();
        await writer.FlushAsync(ct).ConfigureAwait(false);
        output.WriteByte((byte)'\n');
        await output.FlushAsync(ct).ConfigureAwait(false);
    }
}
