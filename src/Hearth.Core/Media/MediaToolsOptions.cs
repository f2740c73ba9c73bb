using System.ComponentModel.DataAnnotations;
using Hearth.Core.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hearth.Core.Media;

/// <summary>
/// Where ffmpeg and ffprobe are: one setting (<c>MediaTools:Ffmpeg</c>, <c>MediaTools:Ffprobe</c>) for every
/// context that runs them, so the library's prober and the streaming transcoder cannot use different builds.
/// </summary>
public sealed class MediaToolsOptions
{
    public const string Section = "MediaTools";

    /// <summary>A path, or a name looked up on PATH.</summary>
    [Required]
    public string Ffmpeg { get; set; } = "ffmpeg";

    /// <summary>A path, or a name looked up on PATH.</summary>
    [Required]
    public string Ffprobe { get; set; } = "ffprobe";

    /// <summary>
    /// How media files are read: <c>auto</c> (FFmpeg's libraries in worker processes when they are installed and of a
    /// known version, else ffprobe) or <c>ffprobe</c> (a process per file, always).
    /// </summary>
    [RegularExpression("^(auto|ffprobe)$", ErrorMessage = "MediaTools:Prober must be auto or ffprobe")]
    public string Prober { get; set; } = "auto";
}

public static class MediaToolsModule
{
    /// <summary>Binds <see cref="MediaToolsOptions"/>; each context that runs ffmpeg calls it, the section is bound once.</summary>
    public static IHostApplicationBuilder AddMediaTools(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(Bound)))
        {
            return builder;
        }

        builder.Services.AddSingleton<Bound>();
        builder.BindSettings<MediaToolsOptions>(MediaToolsOptions.Section);
        return builder;
    }

    /// <summary>Marks the section as bound.</summary>
    private sealed class Bound;
}
