using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Hearth.Library.Probing.Native;

/// <summary>
/// The errors FFmpeg's libraries log while a file is read ("[mov,mp4 @ 0x…] moov atom not found"), kept for the
/// answer as ffprobe's error output would hold them: a return code alone says "Invalid data found", the log says why
/// (a missing index means a truncated file, not one that is not media).
/// </summary>
internal static class AvLog
{
    private static readonly Lock Gate = new();
    private static readonly StringBuilder Lines = new();

    /// <summary>Routes the libraries' log here (errors and worse are kept; the rest is dropped).</summary>
    public static unsafe void Capture() => AvNative.av_log_set_callback(&OnLog);

    /// <summary>The errors logged since the last call, one per line, and forgets them.</summary>
    public static string Take()
    {
        lock (Gate)
        {
            var text = Lines.ToString();
            Lines.Clear();
            return text;
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void OnLog(nint context, int level, nint format, nint arguments)
    {
        if (level > AvNative.LogError)
        {
            return;
        }

        // the library formats the line itself, with its "[demuxer @ address]" prefix, as its own logger would
        var line = new byte[1024];
        var prefix = 1;
        if (AvNative.av_log_format_line2(context, level, format, arguments, line, line.Length, ref prefix) < 0)
        {
            return;
        }

        var end = Array.IndexOf(line, (byte)0);
        var text = Encoding.UTF8.GetString(line, 0, end < 0 ? line.Length : end);
        lock (Gate)
        {
            // a runaway file must not grow the worker without bound
            if (Lines.Length < 16_384)
            {
                Lines.Append(text);
                if (!text.EndsWith('\n'))
                {
                    Lines.Append('\n');
                }
            }
        }
    }
}
