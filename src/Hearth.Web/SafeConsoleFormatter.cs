using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Hearth.Web;

/// <summary>
/// The console log, one line per entry ("12:00:01 info: Category[0] message"), with every control
/// character escaped. Log messages carry names nobody checked — titles from file names, user names,
/// indexer answers — and a newline or a terminal escape in one of them must not forge a log line or
/// repaint the operator's terminal. An exception's own lines follow indented, escaped the same way.
/// </summary>
internal sealed class SafeConsoleFormatter(TimeProvider clock) : ConsoleFormatter(Name)
{
    public new const string Name = "hearth";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var line = new StringBuilder();
        line.Append(clock.GetLocalNow().ToString("HH:mm:ss ", CultureInfo.InvariantCulture));
        line.Append(Level(logEntry.LogLevel)).Append(": ");
        line.Append(logEntry.Category).Append('[').Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)).Append("] ");
        line.Append(Escape(message ?? string.Empty));
        if (logEntry.Exception is { } exception)
        {
            foreach (var part in exception.ToString().Split('\n'))
            {
                line.Append('\n').Append("      ").Append(Escape(part.TrimEnd('\r')));
            }
        }

        textWriter.Write(line.Append('\n').ToString());
    }

    /// <summary>Control characters (C0, DEL, C1) and the bidirectional overrides as visible escapes.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
            }
            else if (c <= 0xFF)
            {
                escaped.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\x{(int)c:x2}" });
            }
            else
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
        }

        return escaped.ToString();
    }

    // U+202A–U+202E and U+2066–U+2069 reorder what follows them on screen ("Trojan Source")
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}

/// <summary>How every Hearth process logs to the console.</summary>
public static class HearthLogging
{
    public static ILoggingBuilder AddHearthConsole(this ILoggingBuilder logging)
    {
        logging.Services.TryAddSingleton(TimeProvider.System);
        logging.AddConsole(o => o.FormatterName = SafeConsoleFormatter.Name);
        logging.AddConsoleFormatter<SafeConsoleFormatter, ConsoleFormatterOptions>();
        return logging;
    }
}
