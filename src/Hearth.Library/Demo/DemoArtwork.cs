using System.Globalization;
using System.Text;

namespace Hearth.Library.Demo;

/// <summary>
/// ffmpeg command lines for demo artwork: a two-colour gradient with the title drawn on it when a font is
/// available (drawtext needs a font file; without one the artwork is the gradient alone).
/// </summary>
public static class DemoArtwork
{
    private static readonly string[] FontCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    ];

    // the dark box behind the title: white on it stays at or above WCAG's 4.5:1 over any gradient, even white
    private const string BackdropOpacity = "0.6";

    /// <summary>
    /// The lowest contrast (WCAG 2) of the white title against its backdrop anywhere along the gradient, the
    /// backdrop blending black at <see cref="BackdropOpacity"/> over the gradient's colour there.
    /// </summary>
    public static double WorstTitleContrast((string From, string To) colors)
    {
        var from = Rgb(colors.From);
        var to = Rgb(colors.To);
        var opacity = double.Parse(BackdropOpacity, CultureInfo.InvariantCulture);
        var worst = double.MaxValue;
        for (var step = 0; step <= 20; step++)
        {
            var t = step / 20.0;
            var backdrop = new double[3];
            for (var c = 0; c < 3; c++)
            {
                backdrop[c] = (from[c] + ((to[c] - from[c]) * t)) * (1 - opacity);
            }

            worst = Math.Min(worst, 1.05 / (Luminance(backdrop) + 0.05));
        }

        return worst;
    }

    private static double[] Rgb(string hex)
    {
        var value = Convert.ToInt32(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex.TrimStart('#'), 16);
        return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
    }

    private static double Luminance(double[] rgb)
    {
        static double Linear(double channel)
        {
            var c = channel / 255;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Linear(rgb[0])) + (0.7152 * Linear(rgb[1])) + (0.0722 * Linear(rgb[2]));
    }

    /// <summary>A DejaVu Sans font file, or null when none is installed.</summary>
    public static string? FindFont()
    {
        var known = FontCandidates.FirstOrDefault(File.Exists);
        if (known is not null || !Directory.Exists("/usr/share/fonts"))
        {
            return known;
        }

        return Directory.EnumerateFiles("/usr/share/fonts", "DejaVuSans*.ttf", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>One JPEG frame of <paramref name="width"/> x <paramref name="height"/>; <paramref name="text"/> is drawn only with a font.</summary>
    public static IReadOnlyList<string> For(
        string outputJpeg, int width, int height, (string From, string To) colors, string? text, string? fontFile)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
        var args = new List<string>
        {
            "-v", "error", "-y", "-nostdin",
            "-f", "lavfi",
            // a two-colour gradient; the smallest speed keeps it from starting rotated away from the points given
            "-i", string.Create(CultureInfo.InvariantCulture, $"gradients=size={size}:c0={colors.From}:c1={colors.To}:x0=0:y0=0:x1={width}:y1={height}:nb_colors=2:speed=0.00001"),
            "-frames:v", "1",
        };
        if (text is not null && fontFile is not null)
        {
            var fontSize = Math.Max(12, Math.Min(width, height) / 9);
            var lines = Wrap(text, Math.Max(8, width * 16 / 10 / fontSize));
            args.AddRange(["-vf", string.Create(
                CultureInfo.InvariantCulture,
                $"drawtext=fontfile={Escape(fontFile)}:text={Escape(lines)}:expansion=none:fontsize={fontSize}:fontcolor=white"
                + $":box=1:boxcolor=black@{BackdropOpacity}:boxborderw={fontSize / 2}"
                + $":line_spacing={fontSize / 4}:x=(w-text_w)/2:y=(h-text_h)/2")]);
        }

        args.AddRange(["-q:v", "3", "-f", "image2", "-update", "1", outputJpeg]);
        return args;
    }

    /// <summary>Breaks text into lines of at most <paramref name="width"/> characters at spaces (drawtext does not wrap).</summary>
    internal static string Wrap(string text, int width)
    {
        var lines = new List<StringBuilder> { new() };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var line = lines[^1];
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line = new StringBuilder());
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// Escapes a filter option value twice: once for the option parser (<c>\ ' :</c>) and once for the
    /// filtergraph parser that reads it first (<c>\ ' [ ] , ;</c>), as ffmpeg-filters(1) describes.
    /// </summary>
    internal static string Escape(string value)
    {
        static string EscapeChars(string text, string special)
        {
            var escaped = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (special.Contains(c, StringComparison.Ordinal))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        return EscapeChars(EscapeChars(value, "\\':"), "\\'[],;");
    }
}
